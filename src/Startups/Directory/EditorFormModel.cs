using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.Startups.Data;
using StPlatform.Startups.Organisations;
using HttpNotFound = Microsoft.AspNetCore.Http.HttpResults.NotFound;

namespace StPlatform.Startups.Directory;

/// <summary>
/// An editor's form about one organisation that runs the API's handler: back to the profile with a
/// message when it succeeded, the form again with the handler's field messages when it refused.
/// </summary>
public abstract class EditorFormModel(StartupsDbContext db) : PageModel
{
    public Guid Id { get; private set; }

    public string OrganisationName { get; private set; } = string.Empty;

    [TempData]
    public string? Message { get; set; }

    protected StartupsDbContext Db => db;

    protected async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var name = await db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
        (Id, OrganisationName) = (id, name ?? string.Empty);
        return name is not null;
    }

    /// <summary>
    /// A form's POST: 404 unless <paramref name="loaded"/> found the records, the form again while
    /// it is invalid, otherwise the API's <paramref name="handler"/> and its <see cref="Outcome"/>.
    /// </summary>
    protected async Task<IActionResult> SubmitAsync(Task<bool> loaded, Func<Task<IResult>> handler, Func<string> done)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(done);
        if (!await loaded)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return Outcome(await handler(), done());
    }

    protected IActionResult Outcome(IResult result, string done)
    {
        if (result is HttpNotFound)
        {
            return NotFound();
        }
        if (ModelState.AddApiErrors(result))
        {
            return Page();
        }
        Message = done;
        return Redirect($"/startups/{Id}");
    }
}
