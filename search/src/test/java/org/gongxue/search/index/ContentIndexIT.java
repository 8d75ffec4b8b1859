package org.gongxue.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ContentIndexIT {

    @Test
    void createsTheVersionedIndexBehindTheAliasOnce() throws Exception {
        try (TestNode node = TestNode.withFreshAlias("it-lifecycle")) {
            assertThat(node.index.ensureCreated()).isTrue();
            assertThat(node.index.ensureCreated()).isFalse();

            assertThat(node.index.indicesBehindAlias()).containsExactly(node.index.alias() + "-v1");
        }
    }

    @Test
    void twoServersStartingAtOnceCreateItExactlyOnce() throws Exception {
        try (TestNode node = TestNode.withFreshAlias("it-race")) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                Callable<Boolean> create = node.index::ensureCreated;
                List<Future<Boolean>> results = pool.invokeAll(List.of(create, create, create, create));
                int created = 0;
                for (Future<Boolean> result : results) {
                    created += result.get() ? 1 : 0; // get() rethrows any failure
                }
                assertThat(created).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
            assertThat(node.index.indicesBehindAlias()).containsExactly(node.index.versionedName());
        }
    }
}
