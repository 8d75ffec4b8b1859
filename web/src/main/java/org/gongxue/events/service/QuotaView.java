package org.gongxue.events.service;

/** One locality's seats of an event: how many, how many are taken (or held for approval), how many wait. */
public final class QuotaView {

    private final String localityCode;
    private final int seats;
    private final long taken;
    private final long waiting;

    QuotaView(String localityCode, int seats, long taken, long waiting) {
        this.localityCode = localityCode;
        this.seats = seats;
        this.taken = taken;
        this.waiting = waiting;
    }

    public String getLocalityCode() {
        return localityCode;
    }

    public int getSeats() {
        return seats;
    }

    public long getTaken() {
        return taken;
    }

    public long getWaiting() {
        return waiting;
    }

    public long getFree() {
        return Math.max(0, seats - taken);
    }
}
