package jpus.taskforce.portal.api.openapi;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/** One operation of the document with the path it is on, which several of the contract's steps need. */
record ApiOperation(String path, Operation operation) {

    static List<ApiOperation> all(OpenAPI openAPI) {
        List<ApiOperation> operations = new ArrayList<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) ->
                    item.getOperations().values().forEach(operation -> operations.add(new ApiOperation(path, operation))));
        }
        return operations;
    }

    boolean namesSomething() {
        return path.contains("{");
    }
}
