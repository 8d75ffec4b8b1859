package org.gongxue.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.xml.sax.ContentHandler;

/**
 * The extraction baseline: Tika's AutoDetectParser in this JVM, loaded from the same jars the
 * platform's child processes use (the tika-bin directory).
 *
 * <p>The jars get a class loader of their own whose parent is the platform class loader: Tika's
 * dependency graph (POI, PDFBox, commons-*) must not meet the Elasticsearch and MinIO clients'
 * on one class path, which is why search/tika-bin exists in the first place. Hence reflection;
 * its cost is nanoseconds next to a parse.
 */
final class InProcessTika implements AutoCloseable {

    private final URLClassLoader loader;
    private final Object parser;
    private final Method parse;
    private final Constructor<?> newMetadata;
    private final Method setMetadata;
    private final Constructor<?> newParseContext;
    private final Constructor<?> newBodyHandler;
    private final String resourceNameKey;

    InProcessTika(Path tikaBin) throws Exception {
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(tikaBin)) {
            for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                jars.add(jar.toUri().toURL());
            }
        }
        loader = new URLClassLoader("tika-in-process", jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> parserClass = loader.loadClass("org.apache.tika.parser.AutoDetectParser");
        Class<?> metadataClass = loader.loadClass("org.apache.tika.metadata.Metadata");
        Class<?> contextClass = loader.loadClass("org.apache.tika.parser.ParseContext");
        parser = parserClass.getConstructor().newInstance();
        parse = parserClass.getMethod("parse", InputStream.class, ContentHandler.class, metadataClass, contextClass);
        newMetadata = metadataClass.getConstructor();
        setMetadata = metadataClass.getMethod("set", String.class, String.class);
        newParseContext = contextClass.getConstructor();
        newBodyHandler = loader.loadClass("org.apache.tika.sax.BodyContentHandler").getConstructor(int.class);
        resourceNameKey = (String) loader.loadClass("org.apache.tika.metadata.TikaCoreProperties")
                .getField("RESOURCE_NAME_KEY").get(null);
    }

    /** Parses like TextExtractor asks its child to: auto-detection, the file name as a hint. */
    String extract(InputStream content, String fileName, int writeLimit) throws Exception {
        Object metadata = newMetadata.newInstance();
        setMetadata.invoke(metadata, resourceNameKey, fileName);
        ContentHandler handler = (ContentHandler) newBodyHandler.newInstance(writeLimit);
        parse.invoke(parser, content, handler, metadata, newParseContext.newInstance());
        return handler.toString().strip();
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
