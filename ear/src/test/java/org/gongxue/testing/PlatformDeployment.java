package org.gongxue.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * The archives Arquillian deploys: always the EAR this build produced, exactly as it ships, so
 * that the tests exercise the real packaging (libraries in lib/, the WAR at the root context).
 */
public final class PlatformDeployment {

    private static final String WEB_MODULE = "gongxue-web.war";

    private PlatformDeployment() {
    }

    /** The EAR as built, for tests that talk to it from outside (HTTP, browser). */
    public static EnterpriseArchive asBuilt() {
        File ear = new File(System.getProperty("it.ear", "target/gongxue.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("No EAR at " + ear.getAbsolutePath() + ": run the build's package phase first");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * The EAR plus the given test classes (and AssertJ) in its lib/, for tests that run inside
     * the server and call the beans of the EAR's libraries (web/platform, content store, search).
     */
    public static EnterpriseArchive withTestClasses(Class<?>... testClasses) {
        EnterpriseArchive ear = asBuilt();
        ear.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "gongxue-tests.jar").addClasses(testClasses));
        ear.addAsLibraries(assertj());
        changeWeb(ear, PlatformDeployment::openArquillianRunner);
        return ear;
    }

    /**
     * The EAR with the given test classes (and AssertJ) inside its WAR, for tests that call the
     * features' services: classes in lib/ cannot see the WAR's.
     */
    public static EnterpriseArchive withTestClassesInWeb(Class<?>... testClasses) {
        EnterpriseArchive ear = asBuilt();
        changeWeb(ear, web -> {
            web.addClasses(testClasses);
            web.addAsLibraries(assertj());
            openArquillianRunner(web);
        });
        return ear;
    }

    /**
     * The EAR, under another archive name, with more settings in the WAR's
     * microprofile-config.properties, as an operator's environment would give them, for tests of
     * what the platform does with its configuration.
     */
    public static EnterpriseArchive withWebSettings(String archiveName, String properties) {
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, archiveName).merge(asBuilt());
        changeWeb(ear, web -> {
            String path = "WEB-INF/classes/META-INF/microprofile-config.properties";
            String defaults = new String(readAll(web.get(path).getAsset()), StandardCharsets.UTF_8);
            web.delete(path);
            web.add(new StringAsset(defaults + "\n" + properties + "\n"), path);
        });
        return ear;
    }

    /** The imported WAR is a copy: change it, then put it back in place of the original. */
    private static void changeWeb(EnterpriseArchive ear, Consumer<WebArchive> change) {
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        change.accept(web);
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
    }

    /**
     * Arquillian runs in-container tests through its servlet in the WAR; every page of the
     * platform requires sign-in, so the test copy of web.xml lets that one servlet through.
     */
    private static void openArquillianRunner(WebArchive web) {
        String descriptor = new String(readAll(web.get("WEB-INF/web.xml").getAsset()), StandardCharsets.UTF_8);
        String runner = """
                    <security-constraint>
                        <web-resource-collection>
                            <web-resource-name>arquillian</web-resource-name>
                            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                        </web-resource-collection>
                    </security-constraint>
                """;
        web.setWebXML(new StringAsset(descriptor.replace("</web-app>", runner + "</web-app>")));
    }

    private static byte[] readAll(Asset asset) {
        try (InputStream content = asset.openStream()) {
            return content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File[] assertj() {
        return Maven.resolver().loadPomFromFile("pom.xml")
                .resolve("org.assertj:assertj-core")
                .withoutTransitivity()
                .asFile();
    }
}
