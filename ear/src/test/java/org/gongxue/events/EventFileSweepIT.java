package org.gongxue.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongxue.library.LibraryApi.expect;
import static org.gongxue.library.LibraryApi.number;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.ObjectNotFoundException;
import org.gongxue.events.service.EventFiles;
import org.gongxue.library.LibraryApi;
import org.gongxue.library.service.LibraryUploadSettings;
import org.gongxue.library.service.OrphanSweep;
import org.gongxue.testing.Api;
import org.gongxue.testing.InsideServer;
import org.gongxue.testing.MinimalPdf;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What storing an event's file leaves behind when its record never came (a crash in between) is
 * swept with the library's orphans once the grace period has passed; the objects event files name stay.
 */
@ExtendWith(ArquillianExtension.class)
class EventFileSweepIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(EventFileSweepIT.class, EventFixtures.class, LibraryApi.class,
                Api.class, InsideServer.class, MinimalPdf.class);
    }

    @Inject
    OrphanSweep sweep;

    @Inject
    LibraryUploadSettings settings;

    @Inject
    ContentStore store;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Test
    void anEventFileNoRecordNamesIsSweptAndTheRecordedOnesStay() {
        EventFixtures events = new EventFixtures(new Api(InsideServer.base()));
        long event = events.createEvent("admin.jiashan", "JIASHAN", "zone", events.seriesId("FOUR_NEW"),
                LocalDateTime.now().plusDays(9).withNano(0), "县域数字化转型", "");
        long file = number(expect(events.addFile("admin.jiashan", event, "READING", "阅读材料.pdf", null,
                MinimalPdf.of("Reading")), 201), "id");
        String recorded = em.createQuery("select f.objectKey from EventFile f where f.id = :id", String.class)
                .setParameter("id", file).getSingleResult();
        String orphan = EventFiles.ROOT + UUID.randomUUID() + "/left-by-a-crash.pdf";
        store.put(orphan, new ByteArrayInputStream(new byte[] {1, 2, 3}), null);

        sweep.sweep(Instant.now());
        assertThat(store.stat(orphan).size()).as("too young to sweep").isEqualTo(3);

        OrphanSweep.Swept swept = sweep.sweep(Instant.now().plus(settings.orphanGrace()).plusSeconds(60));

        assertThat(swept.orphanObjects()).isPositive();
        assertThatThrownBy(() -> store.stat(orphan)).isInstanceOf(ObjectNotFoundException.class);
        assertThat(store.stat(recorded).size()).isPositive();
    }
}
