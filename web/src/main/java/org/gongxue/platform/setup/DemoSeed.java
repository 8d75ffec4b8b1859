package org.gongxue.platform.setup;

import org.gongxue.platform.outbox.OutboxHandler;

/**
 * A feature's demo community content (the programme, the forum), written by its {@link #handle}
 * on an outbox worker when {@link DemoCommunity} finds the feature still empty.
 */
public interface DemoSeed extends OutboxHandler {

    /** Whether the feature has nothing yet that the demo would add to: only then is it seeded. */
    boolean isEmpty();
}
