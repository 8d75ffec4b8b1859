package org.gongxue.library.service;

import org.gongxue.library.model.MaterialSlot;
import org.gongxue.platform.upload.FileKind;

/** Each material slot takes the files of the upload engine's kind of the same name (its allow-list and size limit). */
final class SlotKinds {

    private SlotKinds() {
    }

    static FileKind of(MaterialSlot slot) {
        return FileKind.valueOf(slot.name());
    }
}
