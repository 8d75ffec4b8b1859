package org.gongxue.bench;

import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.ContentStoreSettings;

/**
 * The platform's store and a bare MinIO client on the same endpoint and bucket: the baseline is
 * the very client the store wraps, so a ratio shows what the wrapper adds.
 */
final class ObjectStoreFixture implements AutoCloseable {

    static final String BUCKET = "gongxue-bench";

    final ContentStoreSettings settings;
    final ContentStore store;
    final MinioClient minio;

    ObjectStoreFixture(BenchConfig config) {
        settings = new ContentStoreSettings(config.s3Endpoint(), config.s3AccessKey(), config.s3SecretKey(),
                BUCKET, ContentStoreSettings.DEFAULT_REGION, ContentStoreSettings.DEFAULT_PART_SIZE_MB);
        store = new ContentStore(settings);
        store.ensureBucket();
        minio = MinioClient.builder()
                .endpoint(settings.endpoint())
                .region(settings.region())
                .credentials(settings.accessKey(), settings.secretKey())
                .build();
    }

    void remove(String key) throws Exception {
        minio.removeObject(RemoveObjectArgs.builder().bucket(BUCKET).object(key).build());
    }

    @Override
    public void close() throws Exception {
        store.close();
        minio.close();
    }
}
