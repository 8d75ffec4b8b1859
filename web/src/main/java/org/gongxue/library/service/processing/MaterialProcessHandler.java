package org.gongxue.library.service.processing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.gongxue.library.service.LibraryEvents;
import org.gongxue.platform.outbox.OutboxHandler;
import org.gongxue.platform.outbox.OutboxMessage;
import org.gongxue.platform.outbox.OutboxSettings;

/**
 * MATERIAL_PROCESS: a material was uploaded (or is to be processed again); its key is the material
 * id. QUEUED → PROCESSING → READY, or FAILED with a reason its uploader can act on, and then the
 * course is queued for indexing.
 *
 * <p>A file that cannot be processed ends FAILED at once, without retries, so that it holds up
 * nothing. A server-side failure is retried with back-off; a service that is down makes the
 * material wait for it; only when every attempt failed does the material end FAILED too, and the
 * event stays on the administrators' page of failed events.
 */
@ApplicationScoped
public class MaterialProcessHandler implements OutboxHandler {

    private static final Logger LOG = Logger.getLogger(MaterialProcessHandler.class.getName());

    @Inject
    MaterialStates states;

    @Inject
    MaterialProcessor processor;

    @Inject
    DerivedObjects derived;

    @Inject
    OutboxSettings outboxSettings;

    @Override
    public String topic() {
        return LibraryEvents.MATERIAL_PROCESS;
    }

    @Override
    public void handle(OutboxMessage message) throws Exception {
        Optional<MaterialWork> started = states.start(Long.parseLong(message.key()));
        if (started.isEmpty()) {
            return;
        }
        MaterialWork work = started.get();
        try {
            ProcessedMaterial result = processor.process(work);
            if (!states.finish(work, result)) {
                derived.removeAll(work.objectKey());
            }
        } catch (UnprocessableMaterialException e) {
            LOG.info(() -> "Material " + work.materialId() + " cannot be processed: " + e.getMessage());
            states.fail(work.materialId(), e.problem());
        } catch (RuntimeException e) {
            if (message.attempt() >= outboxSettings.retrySchedule().maxAttempts()) {
                states.fail(work.materialId(), ProcessingProblem.GAVE_UP);
            }
            throw e;
        }
    }
}
