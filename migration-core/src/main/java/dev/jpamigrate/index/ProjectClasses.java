package dev.jpamigrate.index;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/**
 * The application's own classes that {@code generate} loads and runs (converters, UserTypes), to learn
 * what Hibernate learns from them at run time. Each failure is one sentence, for the message that
 * names the field.
 */
final class ProjectClasses {
    private ProjectClasses() {
    }

    /** A new instance through the class's constructor without arguments. */
    static Object instance(String className, ClassLoader classLoader, String what) throws Failure {
        Class<?> type = load(className, classLoader, what);
        String name = simpleName(className);
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new Failure(name + " cannot be instantiated: it has no constructor without arguments");
        } catch (InvocationTargetException e) {
            throw new Failure(name + " cannot be instantiated: its constructor threw " + describe(e.getCause()));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new Failure(name + " cannot be instantiated: " + describe(e));
        }
    }

    /** The class by its qualified name, or by its binary name when it is nested ({@code a.B.C} is {@code a.B$C}). */
    static Class<?> load(String name, ClassLoader classLoader, String what) throws Failure {
        String candidate = name;
        while (true) {
            try {
                return Class.forName(candidate, true, classLoader);
            } catch (ClassNotFoundException e) {
                int dot = candidate.lastIndexOf('.');
                if (dot < 0) {
                    throw new Failure("the " + what + " " + name + " is not on the class path");
                }
                candidate = candidate.substring(0, dot) + "$" + candidate.substring(dot + 1);
            } catch (LinkageError e) {
                throw new Failure("the " + what + " " + simpleName(name) + " cannot be loaded: " + describe(e));
            }
        }
    }

    static String describe(Throwable e) {
        Throwable cause = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")");
    }

    static String simpleName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** Why a class of the application cannot be loaded, created or called: one sentence. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }
}
