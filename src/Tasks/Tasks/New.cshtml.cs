using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Data;

namespace StPlatform.Tasks.Tasks;

/// <summary>The assignment form: the same request and rules as <c>POST /api/tasks</c>.</summary>
[Authorize(Policy = PlatformPolicies.AssignTasks)]
public sealed class NewModel(TasksDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    private static readonly char[] CodeSeparators = [',', ';', ' '];

    [BindProperty]
    public CreateTaskRequest Input { get; set; } = new(null, null, null, null);

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // The form has one box for all coordinating units; the API takes them as a list.
        var codes = (Input.CoordinatingUnitCodes ?? [])
            .SelectMany(text => (text ?? string.Empty).Split(CodeSeparators, StringSplitOptions.RemoveEmptyEntries))
            .ToList<string?>();
        Input = Input with { CoordinatingUnitCodes = codes };

        var errors = new ValidationErrors();
        var now = clock.GetUtcNow();
        var task = Input.ToTask(errors, now);
        ModelState.AddValidationErrors(errors);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        task.Record(TaskActor.From(user), now, TaskAction.Assigned);
        db.Tasks.Add(task);
        db.PublishLater(TaskEvents.Assigned(task, now));
        await db.SaveChangesAsync(cancellationToken);
        Message = $"Đã giao nhiệm vụ cho {Input.LeadUnitCode}. / Task assigned to {Input.LeadUnitCode}.";
        return Redirect("/tasks");
    }
}
