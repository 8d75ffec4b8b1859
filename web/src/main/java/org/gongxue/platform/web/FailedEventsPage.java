package org.gongxue.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.outbox.FailedEventView;
import org.gongxue.platform.outbox.OutboxAdministration;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The background tasks page (platform administrators): how many events wait, and those that
 * failed on every attempt, with their last error and "try again".
 */
@Named
@ViewScoped
public class FailedEventsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;
    private static final String TOPIC_PREFIX = "outbox.topic.";

    @Inject
    OutboxAdministration outbox;

    @Inject
    CurrentActor currentActor;

    private final LazyDataModel<FailedEventView> events = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(outbox.countFailed());
        }

        @Override
        public List<FailedEventView> load(int first, int pageSize, Map<String, SortMeta> sort,
                Map<String, FilterMeta> filters) {
            return outbox.failed(first, pageSize);
        }
    };

    public LazyDataModel<FailedEventView> getEvents() {
        return events;
    }

    public long getFailedCount() {
        return outbox.countFailed();
    }

    public long getPendingCount() {
        return outbox.countPending();
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public String timeOf(Instant instant) {
        return ZoneTime.format(instant);
    }

    /** What the task is for, in the reader's language; a topic without a text of its own shows as it is named. */
    public String topicName(String topic) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "msg");
        return texts.containsKey(TOPIC_PREFIX + topic) ? texts.getString(TOPIC_PREFIX + topic) : topic;
    }

    public void retry(long eventId) {
        boolean queued = outbox.retry(currentActor.require(), eventId);
        say(queued ? "outbox.retried" : "outbox.notFailedAnyMore");
    }

    public void retryAll() {
        int queued = outbox.retryAll(currentActor.require());
        say(queued > 0 ? "outbox.retriedAll" : "outbox.nothingToRetry");
    }

    private static void say(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
