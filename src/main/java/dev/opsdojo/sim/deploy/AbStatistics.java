package dev.opsdojo.sim.deploy;

/** TEMPORARY stand-in until the real two-proportion test lands; not for commit. */
final class AbStatistics {
    static AbVerdict compare(long na, long ca, long nb, long cb, double conf, long min) {
        double ra = na == 0 ? 0 : (double) ca / na;
        double rb = nb == 0 ? 0 : (double) cb / nb;
        return new AbVerdict(na, ca, nb, cb, ra, rb, ra, ra, rb, rb, rb - ra, rb - ra, rb - ra, 0, 1, conf, false, false);
    }
}
