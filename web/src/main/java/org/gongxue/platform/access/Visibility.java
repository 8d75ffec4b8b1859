package org.gongxue.platform.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;

/**
 * The one place that decides who may see what. Pages, the REST API, downloads, streaming and
 * search all ask it, so that a rule changed here changes everywhere at once.
 *
 * <p>Everyone signed in belongs to the zone; each person also to their own locality and to every
 * group they are a member of; platform administrators see everything.
 */
@ApplicationScoped
public class Visibility {

    /** The audiences a reader belongs to; {@code null} is a visitor who has not signed in. */
    public AudienceSet audiencesOf(Actor reader) {
        if (reader == null) {
            return AudienceSet.none();
        }
        if (reader.has(Role.PLATFORM_ADMIN)) {
            return AudienceSet.unrestricted();
        }
        Set<Audience> audiences = new HashSet<>();
        audiences.add(Audience.zone());
        audiences.add(Audience.locality(reader.localityCode()));
        reader.groupIds().forEach(groupId -> audiences.add(Audience.group(groupId)));
        return AudienceSet.of(audiences);
    }

    /** May the reader see a thing shown to this audience? */
    public boolean maySee(Actor reader, Audience shownTo) {
        return audiencesOf(reader).includes(shownTo);
    }
}
