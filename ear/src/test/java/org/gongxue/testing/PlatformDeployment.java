package org.gongxue.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * The archives Arquillian deploys: always the EAR this build produced, exactly as it ships, so
 * that the tests exercise the real packaging (libraries in lib/, the WAR at the root context).
 */
public final class PlatformDeployment {

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
     * the server and call the application's beans directly.
     */
    public static EnterpriseArchive withTestClasses(Class<?>... testClasses) {
        EnterpriseArchive ear = asBuilt();
        ear.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "gongxue-tests.jar").addClasses(testClasses));
        ear.addAsLibraries(Maven.resolver().loadPomFromFile("pom.xml")
                .resolve("org.assertj:assertj-core")
                .withoutTransitivity()
                .asFile());
        return ear;
    }
}
