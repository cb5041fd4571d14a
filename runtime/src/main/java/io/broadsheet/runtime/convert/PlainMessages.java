package io.broadsheet.runtime.convert;

import io.broadsheet.core.error.BroadsheetException;
import java.io.EOFException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.zip.ZipException;

/** Says what went wrong in words for a person: never a Java class name. */
public final class PlainMessages {

    private PlainMessages() {
    }

    public static String of(Throwable e) {
        if (e instanceof BroadsheetException) {
            return e.getMessage();
        }
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            return of(e.getCause());
        }
        if (e instanceof FileSystemException fs) {
            return fileSystem(fs);
        }
        if (e instanceof CharacterCodingException) {
            return "not valid text in the expected encoding";
        }
        if (e instanceof EOFException) {
            return "the file ends too early (truncated?)";
        }
        if (e instanceof ZipException) {
            return "not a valid zip file" + detail(e);
        }
        if (e instanceof java.io.IOException) {
            return e.getMessage() != null ? e.getMessage() : "input/output error";
        }
        if (e instanceof OutOfMemoryError) {
            return "ran out of memory (give Java more with -Xmx, or split the input)";
        }
        if (e instanceof StackOverflowError) {
            return "nested too deeply to process (stack overflow)";
        }
        if (e instanceof LinkageError) {
            return "a class is missing or incompatible" + detail(e) + " (a plugin built for another version?)";
        }
        if (e instanceof AssertionError) {
            return "an internal check failed" + detail(e);
        }
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException
                || e instanceof UnsupportedOperationException) {
            return e.getMessage() != null ? e.getMessage() : "internal error (--verbose shows where)";
        }
        return "internal error (--verbose shows where)";
    }

    /** Like {@link #of} but without the file name a file-system error carries (when the caller names it). */
    public static String reason(Throwable e) {
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            return reason(e.getCause());
        }
        return e instanceof FileSystemException fs ? fileSystemReason(fs) : of(e);
    }

    private static String fileSystem(FileSystemException e) {
        String reason = fileSystemReason(e);
        return e.getFile() != null ? e.getFile() + ": " + reason : reason;
    }

    private static String fileSystemReason(FileSystemException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            reason = "no such file or directory";
        } else if (e instanceof FileAlreadyExistsException) {
            reason = "already exists";
        } else if (e instanceof NotDirectoryException) {
            reason = "not a folder";
        } else if (e instanceof DirectoryNotEmptyException) {
            reason = "folder not empty";
        } else if (e instanceof FileSystemLoopException) {
            reason = "symbolic links form a loop";
        } else {
            reason = e.getReason() != null ? lowerFirst(e.getReason()) : "input/output error";
        }
        return reason;
    }

    private static String detail(Throwable e) {
        return e.getMessage() != null ? ": " + e.getMessage() : "";
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
