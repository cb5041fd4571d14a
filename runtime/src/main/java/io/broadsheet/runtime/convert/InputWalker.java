package io.broadsheet.runtime.convert;

import io.broadsheet.core.spi.SourceInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Expands the inputs of a run: a file is itself, a directory is every file below it in sorted path
 * order (hidden files and folders skipped), a {@code .zip} file is each of its entries in name order.
 * Paths inside the archive are relative to the directory or zip given, '/'-separated.
 */
public final class InputWalker {

    /** Entries a zip may list before it is refused, and bytes one entry may inflate to. */
    static final int MAX_ZIP_ENTRIES = 1_000_000;
    static final long MAX_ENTRY_BYTES = 1L << 30;

    private InputWalker() {
    }

    public static InputSet walk(List<Path> roots) {
        InputSet set = new InputSet();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                set.error(root + ": no such file or directory");
            } else if (Files.isDirectory(root)) {
                walkDirectory(root, set);
            } else if (isZip(root)) {
                walkZip(root, set);
            } else {
                set.add(SourceInput.ofFile(root, root.getFileName().toString()));
            }
        }
        return set;
    }

    private static void walkDirectory(Path root, InputSet set) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(root.relativize(p)))
                    .forEach(files::add);
        } catch (IOException e) {
            set.error(root + ": cannot list: " + e.getMessage());
            return;
        }
        files.sort(Comparator.comparing(p -> relative(root, p)));
        for (Path file : files) {
            if (isZip(file)) {
                walkZip(file, set);
            } else {
                set.add(SourceInput.ofFile(file, relative(root, file)));
            }
        }
    }

    private static void walkZip(Path zipPath, InputSet set) {
        ZipFile zip;
        try {
            zip = new ZipFile(zipPath.toFile());
        } catch (IOException e) {
            set.error(zipPath + ": not a readable zip file: " + e.getMessage());
            return;
        }
        set.keepOpen(zip);
        if (zip.size() > MAX_ZIP_ENTRIES) {
            set.error(zipPath + ": more than " + MAX_ZIP_ENTRIES + " entries; refused");
            return;
        }
        List<ZipEntry> entries = new ArrayList<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            if (name.startsWith("/") || name.contains("..") || name.contains("\\")) {
                set.error(zipPath + ": entry '" + name + "' has an unsafe path; skipped");
                continue;
            }
            if (entry.isDirectory() || hidden(name)) {
                continue;
            }
            entries.add(entry);
        }
        entries.sort(Comparator.comparing(ZipEntry::getName));
        for (ZipEntry entry : entries) {
            set.add(new ZipEntryInput(zip, entry));
        }
    }

    private static boolean isZip(Path p) {
        return p.getFileName().toString().toLowerCase().endsWith(".zip");
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hidden(String zipName) {
        for (String part : zipName.split("/")) {
            if (part.startsWith(".") || part.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private record ZipEntryInput(ZipFile zip, ZipEntry entry) implements SourceInput {
        @Override
        public String path() {
            return entry.getName();
        }

        @Override
        public InputStream open() throws IOException {
            return new BoundedInputStream(zip.getInputStream(entry), entry.getName(), MAX_ENTRY_BYTES);
        }

        @Override
        public long size() {
            return entry.getSize();
        }
    }
}
