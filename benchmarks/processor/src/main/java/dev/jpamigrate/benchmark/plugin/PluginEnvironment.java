package dev.jpamigrate.benchmark.plugin;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * What the processor gets from javac, built from a plugin's {@link JavacTask}: its
 * {@code Elements} and {@code Types}, messages through {@link Trees#printMessage}, and a
 * {@link Filer} over a file manager of its own for the class output.
 */
final class PluginEnvironment implements ProcessingEnvironment, Messager, Filer {
    private final JavacTask task;
    private final Trees trees;
    private final StandardJavaFileManager files;

    PluginEnvironment(JavacTask task, Trees trees, Path classOutput) {
        this.task = task;
        this.trees = trees;
        this.files = ToolProvider.getSystemJavaCompiler().getStandardFileManager(null, Locale.ROOT, null);
        try {
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classOutput));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, String> getOptions() {
        return Map.of();
    }

    @Override
    public Messager getMessager() {
        return this;
    }

    @Override
    public Filer getFiler() {
        return this;
    }

    @Override
    public Elements getElementUtils() {
        return task.getElements();
    }

    @Override
    public Types getTypeUtils() {
        return task.getTypes();
    }

    @Override
    public SourceVersion getSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public Locale getLocale() {
        return Locale.getDefault();
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg) {
        System.err.println(kind + ": " + msg);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {
        TreePath path = e == null ? null : trees.getPath(e);
        if (path == null) {
            printMessage(kind, msg);
        } else {
            trees.printMessage(kind, msg, path.getLeaf(), path.getCompilationUnit());
        }
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
        TreePath path = e == null ? null : trees.getPath(e, a);
        if (path == null) {
            printMessage(kind, msg, e);
        } else {
            trees.printMessage(kind, msg, path.getLeaf(), path.getCompilationUnit());
        }
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a,
            AnnotationValue v) {
        TreePath path = e == null ? null : trees.getPath(e, a, v);
        if (path == null) {
            printMessage(kind, msg, e, a);
        } else {
            trees.printMessage(kind, msg, path.getLeaf(), path.getCompilationUnit());
        }
    }

    @Override
    public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
            CharSequence relativeName, Element... originatingElements) throws IOException {
        return files.getFileForOutput(location, moduleAndPkg.toString(), relativeName.toString(), null);
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
            CharSequence relativeName) throws IOException {
        FileObject file = files.getFileForInput(location, moduleAndPkg.toString(), relativeName.toString());
        if (file == null) {
            throw new FileNotFoundException(relativeName.toString());
        }
        return file;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) {
        throw new UnsupportedOperationException("the prototype writes resources only");
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) {
        throw new UnsupportedOperationException("the prototype writes resources only");
    }
}
