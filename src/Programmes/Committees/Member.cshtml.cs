using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.Programmes.Data;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Programmes.Committees;

/// <summary>
/// Corrects or removes a steering committee member: the same rules as the member API, with the
/// version the form was shown at standing in for If-Match.
/// </summary>
[Authorize(Policy = PlatformPolicies.ManageProgrammes)]
public sealed class MemberModel(ProgrammesDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    private const string StaleMessage = "Thành viên vừa được người khác sửa hoặc xóa; tải lại trang. / Someone else changed or removed this member; reload the page.";

    [BindProperty]
    public CommitteeMemberRequest Input { get; set; } = new(null, null, null, null, null);

    [BindProperty(Name = "version")]
    public uint Version { get; set; }

    public CommitteeMember Member { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid memberId, CancellationToken cancellationToken)
    {
        var member = await db.Set<CommitteeMember>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == memberId && m.DocumentId == id, cancellationToken);
        if (member is null)
        {
            return NotFound();
        }
        Member = member;
        Input = new(member.Name, member.Position, member.Organisation, ValidationErrors.JsonName(member.Role), member.TermStart, member.TermEnd);
        Version = member.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid memberId, CancellationToken cancellationToken)
    {
        var (document, member) = await CommitteeMemberApi.FindAsync(db, id, memberId, cancellationToken);
        if (document is null || member is null)
        {
            return NotFound();
        }
        Member = member;
        var errors = new ValidationErrors();
        var edited = Input.ToMember(id, errors);
        if (member.Version != Version)
        {
            errors.Add("version", StaleMessage);
        }
        ModelState.AddValidationErrors(errors);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var changes = member.Apply(edited);
        if (changes.Count > 0)
        {
            CommitteeEditing.RecordEdit(document, member, changes, user.Name, clock.GetUtcNow());
            if (!await TrySaveAsync(cancellationToken))
            {
                ModelState.AddModelError("version", StaleMessage);
                return Page();
            }
        }
        Message = $"Đã lưu thành viên {member.Name}. / Member {member.Name} saved.";
        return Redirect($"/programmes/{id}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid memberId, CancellationToken cancellationToken)
    {
        var (document, member) = await CommitteeMemberApi.FindAsync(db, id, memberId, cancellationToken);
        if (document is null || member is null)
        {
            return NotFound();
        }
        if (member.Version != Version)
        {
            Message = StaleMessage;
            return Redirect($"/programmes/{id}");
        }
        CommitteeEditing.Remove(db, document, member, user.Name, clock.GetUtcNow());
        Message = await TrySaveAsync(cancellationToken)
            ? $"Đã xóa {member.Name} khỏi ban chỉ đạo. / {member.Name} removed from the steering committee."
            : StaleMessage;
        return Redirect($"/programmes/{id}");
    }

    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
