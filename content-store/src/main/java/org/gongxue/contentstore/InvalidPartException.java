package org.gongxue.contentstore;

/**
 * A part the store refuses, or a set of parts it cannot assemble. The caller sent something the
 * rules of S3 or of this store do not allow; nothing was stored for that part.
 */
public class InvalidPartException extends ContentStoreException {

    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Problem {
        /** The part number is outside 1 to {@value ContentStore#MAX_PART_NUMBER}. */
        NUMBER_OUT_OF_RANGE,
        /** The declared length is below one byte or above the store's largest part. */
        LENGTH_OUT_OF_RANGE,
        /** The content ended before the declared length. */
        SHORTER_THAN_DECLARED,
        /** The content went on after the declared length. */
        LONGER_THAN_DECLARED,
        /** At completion: a part other than the last is smaller than S3's minimum part size. */
        TOO_SMALL_BEFORE_LAST,
        /** At completion: the store holds no part at all. */
        NO_PARTS
    }

    private final Problem problem;
    private final int partNumber;

    /**
     * @param partNumber the part concerned, or 0 when the problem concerns no single part
     */
    public InvalidPartException(Problem problem, int partNumber, String message) {
        super(message);
        this.problem = problem;
        this.partNumber = partNumber;
    }

    public Problem problem() {
        return problem;
    }

    /** The part concerned, or 0 when the problem concerns no single part ({@link Problem#NO_PARTS}). */
    public int partNumber() {
        return partNumber;
    }
}
