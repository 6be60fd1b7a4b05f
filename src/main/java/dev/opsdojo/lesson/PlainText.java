package dev.opsdojo.lesson;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The readable text of Markdown blocks, for search. Block i here is top-level block i in the renderer. */
public final class PlainText {
    private PlainText() {
    }

    public static List<String> topLevelBlocks(Node document) {
        List<String> blocks = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            blocks.add(of(block));
        }
        return blocks;
    }

    public static String of(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(FencedCodeBlock block) {
                out.append(block.getLiteral());
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                out.append(block.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak br) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak br) {
                out.append(' ');
            }

            @Override
            protected void visitChildren(Node parent) {
                for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                    child.accept(this);
                    if (child.getNext() != null && isBlock(child)) {
                        out.append(' ');
                    }
                }
            }
        });
        return out.toString().strip();
    }

    private static boolean isBlock(Node node) {
        return node instanceof org.commonmark.node.Block;
    }
}
