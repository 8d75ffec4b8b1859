package org.gongxue.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.gongxue.audit.service.AuditEntryView;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.platform.web.ZoneTime;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit log page (platform administrators): newest first, searched by one text box, loaded a
 * page at a time however long the log grows.
 */
@Named
@ViewScoped
public class AuditLogTable implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog audit;

    private String text;

    private final LazyDataModel<AuditEntryView> entries = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(audit.count(text));
        }

        @Override
        public List<AuditEntryView> load(int first, int pageSize, Map<String, SortMeta> sort,
                Map<String, FilterMeta> filters) {
            return audit.page(text, first, pageSize);
        }
    };

    /** When it happened, in the zone's own time (China Standard Time), whatever the server's zone. */
    public String timeOf(AuditEntryView entry) {
        return ZoneTime.format(entry.getOccurredAt());
    }

    public LazyDataModel<AuditEntryView> getEntries() {
        return entries;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
