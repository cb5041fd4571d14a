package io.broadsheet.runtime.convert;

/** Which zip entry names stay inside the archive: no absolute path, no backslash, no ".." segment. */
final class ZipEntryNames {

    private ZipEntryNames() {
    }

    /** {@code ok/x..y.txt} is safe (".." inside a name climbs nowhere); {@code ../x} and {@code /x} are not. */
    static boolean safe(String name) {
        if (name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
