package dev.opsdojo.srs.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Streams a file as byte lines split at '\n', reporting an unterminated last line as such. */
final class LineReader {
    interface Sink {
        /**
         * @param bytes      a buffer holding the line in {@code [start, end)} (without the '\n'); only valid during the call
         * @param fileOffset where the line starts in the file
         * @param terminated false for a last line that has no '\n'
         */
        void line(byte[] bytes, int start, int end, long fileOffset, boolean terminated) throws IOException;
    }

    private LineReader() {
    }

    static void forEachLine(Path file, Sink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int filled = 0;
            int lineStart = 0;
            int scanFrom = 0;
            long bufferOffset = 0; // file offset of buf[0]
            while (true) {
                int newline = indexOf(buf, scanFrom, filled);
                if (newline >= 0) {
                    sink.line(buf, lineStart, newline, bufferOffset + lineStart, true);
                    lineStart = newline + 1;
                    scanFrom = lineStart;
                    continue;
                }
                // No complete line left in the buffer: keep the partial line at the front, then read more.
                if (lineStart > 0) {
                    System.arraycopy(buf, lineStart, buf, 0, filled - lineStart);
                    filled -= lineStart;
                    bufferOffset += lineStart;
                    lineStart = 0;
                }
                if (filled == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                scanFrom = filled;
                int read = in.read(buf, filled, buf.length - filled);
                if (read < 0) {
                    if (filled > 0) {
                        sink.line(buf, 0, filled, bufferOffset, false);
                    }
                    return;
                }
                filled += read;
            }
        }
    }

    private static int indexOf(byte[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
