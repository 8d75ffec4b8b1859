package org.gongxue.people.service.roster;

import org.gongxue.platform.access.Role;

import java.util.List;
import java.util.Map;

/** The words rosters use for localities and roles; the first of each list is the official one. */
final class RosterVocabulary {

    static final NameTable<String> LOCALITIES = new NameTable<>(Map.of(
            "QINGPU", List.of("青浦区", "青浦", "Qingpu"),
            "WUJIANG", List.of("吴江区", "吴江", "Wujiang"),
            "JIASHAN", List.of("嘉善县", "嘉善", "Jiashan"),
            "ZONE", List.of("示范区", "一体化示范区", "Zone")));

    static final NameTable<Role> ROLES = new NameTable<>(Map.of(
            Role.CADRE, List.of("干部学员", "干部", "学员", "cadre"),
            Role.TEACHER, List.of("教师", "讲师", "teacher"),
            Role.EXPERT, List.of("专家", "expert"),
            Role.LOCALITY_ADMIN, List.of("区县管理员", "locality_admin"),
            Role.PLATFORM_ADMIN, List.of("平台管理员", "platform_admin")));

    private RosterVocabulary() {
    }
}
