package io.interviewcalibration.stats.agreement;

/** Element-wise helpers shared by the linear states. */
final class Vectors {

    private Vectors() {
    }

    static double[] sum(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different lengths: " + a.length + " and " + b.length);
        }
        double[] s = new double[a.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = a[i] + b[i];
        }
        return s;
    }

    static double[] times(double[] a, double w) {
        if (!Double.isFinite(w)) {
            throw new IllegalArgumentException("weight must be finite, got " + w);
        }
        double[] s = new double[a.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = a[i] * w;
        }
        return s;
    }

    static double[] checked(double[] v, int expectedLength, String what) {
        if (v.length != expectedLength) {
            throw new IllegalArgumentException(what + " vector must have length " + expectedLength + ", got " + v.length);
        }
        return v.clone();
    }

    static double total(double[] counts) {
        double s = 0;
        for (double c : counts) {
            s += c;
        }
        return s;
    }
}
