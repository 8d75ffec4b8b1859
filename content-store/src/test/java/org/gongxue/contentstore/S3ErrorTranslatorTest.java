package org.gongxue.contentstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

class S3ErrorTranslatorTest {

    private final S3ErrorTranslator translator = new S3ErrorTranslator(
            new ContentStoreSettings("http://s3.internal:9000", "ak", "sk", "materials", "us-east-1", 16));

    @Test
    void anUnreachableEndpointIsNamed() {
        ContentStoreException translated = translator.translate(
                new CompletionException(new ConnectException("Connection refused")), "reading object 'a'", "a");

        assertThat(translated)
                .hasMessageStartingWith("cannot reach the S3 endpoint http://s3.internal:9000 while reading object 'a'")
                .hasMessageContaining("Connection refused")
                .hasCauseInstanceOf(ConnectException.class);
    }

    @Test
    void aFailingSourceIsBlamedInsteadOfTheEndpoint() {
        IOException sourceFailure = new IOException("client went away");

        ContentStoreException translated = translator.translate(
                new MeasuringInputStream.SourceReadException(sourceFailure), "storing object 'a'", "a");

        assertThat(translated)
                .hasMessage("reading the content to store under key 'a' failed: client went away")
                .hasCause(sourceFailure);
    }

    @Test
    void anInterruptionWrappedByTheClientKeepsTheThreadInterrupted() {
        ContentStoreException translated = translator.translate(
                new RuntimeException(new InterruptedException()), "storing object 'a'", "a");

        assertThat(translated).hasMessage("interrupted while storing object 'a'");
        assertThat(Thread.interrupted()).as("interrupt flag, cleared by this check").isTrue();
    }

    @Test
    void onlyThePlainWrappersOfTheClientCountAsItsFailures() {
        assertThat(S3ErrorTranslator.isClientWrapper(new RuntimeException(new IOException()))).isTrue();
        assertThat(S3ErrorTranslator.isClientWrapper(new CompletionException(new IOException()))).isTrue();
        assertThat(S3ErrorTranslator.isClientWrapper(new IllegalArgumentException("bad key"))).isFalse();
        assertThat(S3ErrorTranslator.isClientWrapper(new RuntimeException("no cause"))).isFalse();
    }
}
