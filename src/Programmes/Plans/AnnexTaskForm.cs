using Microsoft.AspNetCore.Mvc.ModelBinding;
using StPlatform.ServiceDefaults;

namespace StPlatform.Programmes.Plans;

/// <summary>
/// One annex task as a form sends it: unit codes as "SKHCN, STC", the deadline as a kind and a
/// date. Turned into the API's <see cref="AnnexTaskRequest"/>, whose errors come back under the form's names.
/// </summary>
public sealed record AnnexTaskForm
{
    public const string Path = "task";

    public string? Title { get; set; }

    public string? Section { get; set; }

    public string? LeadUnitCodes { get; set; }

    public string? CoordinatingUnitCodes { get; set; }

    /// <summary>Blank with a date: a plain date.</summary>
    public string? DeadlineKind { get; set; }

    public DateOnly? DueDate { get; set; }

    public string? Recurrence { get; set; }

    public string? ExpectedProduct { get; set; }

    public string? Reason { get; set; }

    /// <summary>The form as it opens on an existing task.</summary>
    public static AnnexTaskForm From(AnnexTaskItem task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new()
        {
            Title = task.Title,
            Section = task.Section,
            LeadUnitCodes = string.Join(", ", task.LeadUnitCodes),
            CoordinatingUnitCodes = string.Join(", ", task.CoordinatingUnitCodes),
            DeadlineKind = task.DeadlineKind is { } kind ? ValidationErrors.JsonName(kind) : null,
            DueDate = task.DueDate,
            Recurrence = task.Recurrence is { } period ? ValidationErrors.JsonName(period) : null,
            ExpectedProduct = task.ExpectedProduct,
        };
    }

    public AnnexTaskRequest ToRequest(string? annexId) => new(
        annexId, Title, Section, Codes(LeadUnitCodes), Codes(CoordinatingUnitCodes),
        string.IsNullOrWhiteSpace(DeadlineKind) && DueDate is null ? null : new DeadlineRequest(string.IsNullOrWhiteSpace(DeadlineKind) ? "date" : DeadlineKind, DueDate),
        Recurrence, ExpectedProduct);

    /// <summary>"task.deadline.dueDate" is the form's "dueDate"; a field that did not even bind keeps its own message.</summary>
    public static void AddErrors(ModelStateDictionary modelState, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(errors);
        var renamed = new ValidationErrors();
        foreach (var (field, messages) in errors.ToDictionary())
        {
            var name = field.StartsWith($"{Path}.", StringComparison.Ordinal) ? field[(Path.Length + 1)..] : field;
            name = name switch
            {
                "deadline.kind" => "deadlineKind",
                "deadline.dueDate" or "deadline.label" => "dueDate",
                _ => name,
            };
            foreach (var message in messages)
            {
                renamed.Add(name, message);
            }
        }
        modelState.AddValidationErrors(renamed);
    }

    private static List<string> Codes(string? text) =>
        [.. (text ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
