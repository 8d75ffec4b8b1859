package org.gongxue.contentstore;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import javax.net.ssl.SSLException;

import io.minio.errors.ErrorResponseException;
import io.minio.errors.InvalidResponseException;
import io.minio.errors.MinioException;

/**
 * Turns what the MinIO client throws into this module's exceptions, with messages that say
 * which endpoint, bucket and key were involved and what to check, so that no MinIO type leaks
 * to callers and an operator can act on the message alone.
 */
final class S3ErrorTranslator {

    private static final Set<String> NOT_FOUND_CODES = Set.of("NoSuchKey", "NoSuchObject");
    private static final Set<String> REFUSED_CREDENTIALS_CODES =
            Set.of("InvalidAccessKeyId", "SignatureDoesNotMatch", "InvalidToken", "ExpiredToken");

    private final String endpoint;
    private final String bucket;
    private final String accessKey;

    S3ErrorTranslator(ContentStoreSettings settings) {
        this.endpoint = settings.endpoint();
        this.bucket = settings.bucket();
        this.accessKey = settings.accessKey();
    }

    /**
     * Runs one call of the client and turns whatever it throws into this module's exceptions.
     *
     * @param action what is being done, for the message, e.g. "reading object 'a/b'"
     * @param key    the object's key, or null for bucket-wide actions
     */
    <T> T call(String action, String key, S3Call<T> call) {
        try {
            return call.run();
        } catch (RuntimeException e) {
            if (isClientWrapper(e)) {
                throw translate(e, action, key);
            }
            throw e;
        } catch (Exception e) {
            throw translate(e, action, key);
        }
    }

    /**
     * @param failure what the client threw
     * @param action  what was being done, for the message, e.g. "reading object 'a/b'"
     * @param key     the object's key, or null for bucket-wide actions
     */
    ContentStoreException translate(Exception failure, String action, String key) {
        Throwable cause = unwrap(failure);
        if (cause instanceof InterruptedException
                || cause instanceof InterruptedIOException && !(cause instanceof SocketTimeoutException)) {
            Thread.currentThread().interrupt();
            return new ContentStoreException("interrupted while " + action, cause);
        }
        if (cause instanceof MeasuringInputStream.SourceReadException) {
            return new ContentStoreException("reading the content to store under key '" + key
                    + "' failed: " + cause.getMessage(), cause.getCause());
        }
        if (cause instanceof ErrorResponseException response) {
            return translateErrorResponse(response, action, key);
        }
        if (cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException
                || cause instanceof SSLException) {
            return new ContentStoreException("cannot reach the S3 endpoint " + endpoint + " while " + action
                    + " (" + describe(cause) + "); check " + ContentStoreSettings.ENDPOINT
                    + " and that the server is running", cause);
        }
        if (cause instanceof IOException) {
            return new ContentStoreException("I/O error with the S3 endpoint " + endpoint + " while " + action
                    + ": " + describe(cause), cause);
        }
        if (cause instanceof InvalidResponseException) {
            return new ContentStoreException("the endpoint " + endpoint + " gave an answer that is not S3 while "
                    + action + "; check that " + ContentStoreSettings.ENDPOINT + " points at an S3 server: "
                    + describe(cause), cause);
        }
        if (cause instanceof MinioException) {
            return new ContentStoreException("the S3 endpoint " + endpoint + " failed while " + action + ": "
                    + describe(cause), cause);
        }
        if (cause instanceof GeneralSecurityException) {
            return new ContentStoreException("cannot sign the request to " + endpoint + " while " + action + ": "
                    + describe(cause), cause);
        }
        return new ContentStoreException("unexpected failure with the S3 endpoint " + endpoint + " while " + action
                + ": " + describe(cause), cause);
    }

    private ContentStoreException translateErrorResponse(ErrorResponseException failure, String action,
                                                        String key) {
        String code = failure.errorResponse().code();
        if (key != null && NOT_FOUND_CODES.contains(code)) {
            return new ObjectNotFoundException(bucket, key, failure);
        }
        if ("NoSuchBucket".equals(code)) {
            return new ContentStoreException("bucket '" + bucket + "' does not exist at the S3 endpoint " + endpoint
                    + " (while " + action + "); create it with ensureBucket()", failure);
        }
        if (REFUSED_CREDENTIALS_CODES.contains(code)) {
            return new ContentStoreException("the S3 endpoint " + endpoint + " refused the credentials of access key '"
                    + accessKey + "' (" + code + ") while " + action + "; check " + ContentStoreSettings.ACCESS_KEY
                    + " and " + ContentStoreSettings.SECRET_KEY, failure);
        }
        if ("AccessDenied".equals(code)) {
            // HEAD requests carry no error body, so a wrong key pair shows up only as a 403.
            return new ContentStoreException("the S3 endpoint " + endpoint + " refused access key '" + accessKey
                    + "' on bucket '" + bucket + "' (AccessDenied) while " + action
                    + ": the credentials were refused or lack permission; check " + ContentStoreSettings.ACCESS_KEY
                    + " and " + ContentStoreSettings.SECRET_KEY, failure);
        }
        if ("InvalidRange".equals(code)) {
            return new ContentStoreException("the requested range is outside object '" + key + "' (while "
                    + action + ")", failure);
        }
        return new ContentStoreException("the S3 endpoint " + endpoint + " answered " + code + " while " + action
                + ": " + failure.errorResponse().message(), failure);
    }

    /**
     * True for the plain RuntimeException in which the client's blocking methods wrap an
     * interruption or a failure type they do not declare; such a failure is the client's
     * to report, not a bug in the caller.
     */
    static boolean isClientWrapper(RuntimeException failure) {
        return failure instanceof CompletionException || failure.getClass() == RuntimeException.class
                && failure.getCause() instanceof Exception && !(failure.getCause() instanceof RuntimeException);
    }

    /** The client reports asynchronous failures wrapped; the interesting one is inside. */
    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof ExecutionException
                || current instanceof RuntimeException runtime && isClientWrapper(runtime))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank()
                ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + message;
    }

    /** One call of the S3 client, which declares a long list of checked exceptions. */
    @FunctionalInterface
    interface S3Call<T> {
        T run() throws Exception;
    }
}
