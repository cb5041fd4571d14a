package io.broadsheet.cli;

import picocli.CommandLine.IVersionProvider;

/** The version recorded in the jar manifest at build time. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"broadsheet " + (version == null ? "(development build)" : version)};
    }
}
