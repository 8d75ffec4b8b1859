package org.gongxue.contentstore;

/**
 * One part of a resumable upload as the store holds it.
 *
 * @param number the part's number, 1 to {@value ContentStore#MAX_PART_NUMBER}; the object is
 *               assembled in the order of the numbers
 * @param etag   the store's entity tag of the part, without quotes
 * @param size   the part's size in bytes
 */
public record PartReceipt(int number, String etag, long size) {
}
