package dev.jpamigrate.processor.read;

import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.util.Trees;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;

/**
 * What the bodies of the application's methods do, where javac's trees show them: only for classes compiled in the same
 * compilation (a class from a jar has no tree), and only under javac (another compiler's environment has none, and then
 * no body is known).
 */
public final class MethodBodies {
    /** Bodies of no method are known. */
    public static final MethodBodies NONE = new MethodBodies(null);

    private final Trees trees;

    private MethodBodies(Trees trees) {
        this.trees = trees;
    }

    /** The bodies javac's trees show in {@code env}, or {@link #NONE} outside javac. */
    public static MethodBodies of(ProcessingEnvironment env) {
        try {
            return new MethodBodies(Trees.instance(env));
        } catch (IllegalArgumentException | LinkageError e) {
            return NONE;
        }
    }

    /**
     * Whether {@code method}'s body is known to be one statement that calls the method it overrides with its own
     * parameters, in order ({@code super.configure(type, params, registry);}): an override that changes nothing.
     */
    public boolean onlyCallsSuper(ExecutableElement method) {
        MethodTree tree = trees == null ? null : trees.getTree(method);
        if (tree == null || tree.getBody() == null || tree.getBody().getStatements().size() != 1) {
            return false;
        }
        StatementTree statement = tree.getBody().getStatements().get(0);
        if (!(statement instanceof ExpressionStatementTree expression)
                || !(expression.getExpression() instanceof MethodInvocationTree call)
                || !(call.getMethodSelect() instanceof MemberSelectTree select)
                || !select.getIdentifier().contentEquals(method.getSimpleName())
                || !(select.getExpression() instanceof IdentifierTree receiver)
                || !receiver.getName().contentEquals("super")) {
            return false;
        }
        List<? extends ExpressionTree> arguments = call.getArguments();
        if (arguments.size() != method.getParameters().size()) {
            return false;
        }
        for (int i = 0; i < arguments.size(); i++) {
            if (!(arguments.get(i) instanceof IdentifierTree argument)
                    || !argument.getName().contentEquals(method.getParameters().get(i).getSimpleName())) {
                return false;
            }
        }
        return true;
    }
}
