package org.gongxue.people.web;

import java.util.List;
import java.util.Map;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.people.service.PeoplePage;
import org.gongxue.people.service.PeopleQuery;
import org.gongxue.people.service.PeopleService;
import org.gongxue.people.service.PersonView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The people table's rows, one page at a time from {@link PeopleService#search}, which already
 * limits them to the people the signed-in administrator may manage. The search text and locality
 * come from the page's search form, not from column filters.
 */
final class PeopleTableModel extends LazyDataModel<PersonView> {

    private static final long serialVersionUID = 1L;
    /** PeopleQuery needs a field (Set.of(…).contains(null) throws); by name until a column is sorted. */
    private static final String DEFAULT_SORT = "name";

    private final CurrentActor currentActor;
    private final PeopleService people;
    private final String text;
    private final String localityCode;

    PeopleTableModel(CurrentActor currentActor, PeopleService people, String text, String localityCode) {
        this.currentActor = currentActor;
        this.people = people;
        this.text = text;
        this.localityCode = localityCode;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(search(new PeopleQuery(text, localityCode, 0, 1, DEFAULT_SORT, true)).getTotal());
    }

    @Override
    public List<PersonView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        PeoplePage page = search(new PeopleQuery(text, localityCode, first, pageSize,
                sort == null ? DEFAULT_SORT : sort.getField(), sort == null || sort.getOrder() != SortOrder.DESCENDING));
        // Someone may have been added or disabled since count(): the paginator follows the newer total.
        setRowCount(Math.toIntExact(page.getTotal()));
        return page.getRows();
    }

    @Override
    public String getRowKey(PersonView person) {
        return String.valueOf(person.getId());
    }

    private PeoplePage search(PeopleQuery query) {
        return people.search(currentActor.require(), query);
    }
}
