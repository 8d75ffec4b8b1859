package org.gongxue.people.service.roster;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a roster, found by their header names: Chinese as organization departments
 * write them, English as aliases. Other columns (序号, 备注…) are ignored.
 */
public enum RosterColumn {

    NAME(true, "姓名", "name"),
    /** Optional: a person without one signs in with the phone number. */
    USERNAME(false, "登录名", "账号", "用户名", "username", "account"),
    PHONE(true, "手机号", "手机", "手机号码", "phone", "mobile"),
    EMAIL(false, "邮箱", "电子邮箱", "email", "e-mail"),
    LOCALITY(true, "区县", "属地", "locality"),
    UNIT(true, "单位", "工作单位", "unit"),
    POSITION(false, "职务", "position"),
    /** Optional: a person without roles is imported as a cadre, what most rosters list. */
    ROLES(false, "角色", "roles", "role");

    static final NameTable<RosterColumn> HEADERS = new NameTable<>(headerNames());

    private final boolean required;
    private final List<String> headerNames;

    RosterColumn(boolean required, String... headerNames) {
        this.required = required;
        this.headerNames = List.of(headerNames);
    }

    public boolean isRequired() {
        return required;
    }

    /** The header a roster template should use; the first of the names. */
    public String getHeader() {
        return headerNames.get(0);
    }

    private static Map<RosterColumn, List<String>> headerNames() {
        Map<RosterColumn, List<String>> names = new EnumMap<>(RosterColumn.class);
        Arrays.stream(values()).forEach(column -> names.put(column, column.headerNames));
        return names;
    }
}
