using StPlatform.ServiceDefaults;

namespace StPlatform.Tasks.Tasks;

/// <summary>A refused transition as the client reads it: 403 not yours, 409 not now, 400 naming the field.</summary>
public static class TransitionProblems
{
    public static IResult Of(TransitionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        switch (result.Outcome)
        {
            case TransitionOutcome.Forbidden:
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không có quyền / Forbidden", detail: result.Message);
            case TransitionOutcome.WrongState:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Không thực hiện được lúc này / Not possible now", detail: result.Message);
            default:
                var errors = new ValidationErrors();
                errors.Add(result.Field ?? "body", result.Message ?? ValidationErrors.RequiredMessage);
                return TypedResults.ValidationProblem(errors.ToDictionary());
        }
    }
}
