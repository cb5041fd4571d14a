package io.broadsheet.runtime.convert;

import io.broadsheet.core.spi.SourceInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Expands the inputs of a run: a file is itself, a directory is every file below it in sorted path
 * order (hidden files and folders skipped, symbolic links followed, loops refused), a {@code .zip}
 * file is each of its entries in name order, {@code -} is standard input. What cannot be read (a
 * missing path, a named pipe or device, an unreadable file or folder, an empty file) is reported in
 * one line and skipped; nothing is opened that could block. Paths inside the archive are relative
 * to the directory or zip given, '/'-separated.
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
            if (root.toString().equals(StdinInput.NAME)) {
                StdinInput.spool(set);
            } else {
                walkRoot(root, set);
            }
        }
        return set;
    }

    private static void walkRoot(Path root, InputSet set) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(root, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            set.error(root + (Files.isSymbolicLink(root) ? ": broken symbolic link" : ": no such file or directory"));
            return;
        } catch (IOException e) {
            set.error(root + ": " + PlainMessages.reason(e));
            return;
        }
        String skip = InputFileCheck.skipReason(root, attrs);
        if (skip != null) {
            set.error(root + ": " + skip);
        } else if (attrs.isDirectory()) {
            walkDirectory(root, set);
        } else if (isZip(root)) {
            walkZip(root, set);
        } else {
            set.add(SourceInput.ofFile(root, root.getFileName().toString()));
        }
    }

    private static void walkDirectory(Path root, InputSet set) {
        Map<String, Path> files = new TreeMap<>();
        Map<String, String> problems = new TreeMap<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String rel = relative(root, dir);
                    if (hidden(rel)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    String skip = InputFileCheck.skipReason(dir, attrs);
                    if (skip != null) {
                        problems.put(rel, skip);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String rel = relative(root, file);
                    if (hidden(rel)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String skip = InputFileCheck.skipReason(file, attrs);
                    if (skip != null) {
                        problems.put(rel, skip);
                    } else {
                        files.put(rel, file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String rel = relative(root, file);
                    if (!hidden(rel)) {
                        problems.put(rel, unreadable(file, e));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        problems.put(relative(root, dir), "cannot list this folder: " + PlainMessages.reason(e) + "; rest skipped");
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            set.error(root + ": cannot list: " + PlainMessages.reason(e));
            return;
        }
        problems.forEach((rel, why) -> set.error(rel + ": " + why));
        files.forEach((rel, file) -> {
            if (isZip(file)) {
                walkZip(file, set);
            } else {
                set.add(SourceInput.ofFile(file, rel));
            }
        });
    }

    private static String unreadable(Path file, IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "symbolic links form a loop; skipped";
        }
        if (e instanceof FileSystemException && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            return "cannot read this folder: " + PlainMessages.reason(e) + "; skipped";
        }
        return "cannot read: " + PlainMessages.reason(e) + "; skipped";
    }

    private static void walkZip(Path zipPath, InputSet set) {
        ZipFile zip;
        try {
            zip = new ZipFile(zipPath.toFile());
        } catch (IOException e) {
            set.error(zipPath + ": not a readable zip file: " + PlainMessages.reason(e));
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
            if (!ZipEntryNames.safe(name)) {
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

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
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
