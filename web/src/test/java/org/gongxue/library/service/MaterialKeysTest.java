package org.gongxue.library.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaterialKeysTest {

    @Test
    void everythingOfAMaterialSharesThePrefixOfItsToken() {
        String token = MaterialKeys.newToken();
        String original = MaterialKeys.prefix(token) + "0f4e1c2a";

        assertThat(MaterialKeys.tokenOf(original)).hasValue(token);
        assertThat(MaterialKeys.tokenOf(MaterialKeys.prefix(token) + "rendition/web.mp4")).hasValue(token);
    }

    @Test
    void aKeyStoredElsewhereHasNoToken() {
        assertThat(MaterialKeys.tokenOf("it/reader/1234")).isEmpty();
        assertThat(MaterialKeys.tokenOf("library/materials/")).isEmpty();
        assertThat(MaterialKeys.tokenOf("library/materials/no-slash")).isEmpty();
    }
}
