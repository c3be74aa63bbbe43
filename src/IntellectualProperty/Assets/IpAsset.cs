using StPlatform.Contracts.IntellectualProperty;
using StPlatform.IntellectualProperty.LegalEvents;
using StPlatform.IntellectualProperty.Search;

namespace StPlatform.IntellectualProperty.Assets;

/// <summary>
/// An industrial-property asset of the city's organisations, known by the application number the
/// IP office gave it. Its legal position is replayed from <see cref="Events"/>; the status, the
/// protection end and the next fee are also kept in columns so that search, facets and the
/// renewal alerts can filter on them, and are recomputed whenever an event is recorded.
/// </summary>
public sealed class IpAsset
{
    public const int TitleMaxLength = 500;
    public const int ApplicationNumberMaxLength = 30;
    public const int NameMaxLength = 300;
    public const int NumberMaxLength = 50;
    public const int MaxPeople = 50;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public IpObjectType ObjectType { get; set; }

    public required string Title { get; set; }

    public string? TitleEn { get; set; }

    public required string ApplicationNumber { get; set; }

    public DateOnly FiledOn { get; set; }

    public List<PriorityClaim> PriorityClaims { get; init; } = [];

    public string? PublicationNumber { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public string? GrantNumber { get; set; }

    public DateOnly? GrantedOn { get; set; }

    public List<string> Classes { get; init; } = [];

    public List<string> Applicants { get; init; } = [];

    public List<IpOwner> Owners { get; init; } = [];

    public List<string> Inventors { get; init; } = [];

    public string? Agent { get; set; }

    public Guid? OriginTaskId { get; set; }

    public Guid? OriginProgrammeId { get; set; }

    /// <summary>Layout designs only: the day the design was created and first sold, which can shorten the term.</summary>
    public DateOnly? CreatedOn { get; set; }

    public DateOnly? FirstCommercialUseOn { get; set; }

    public List<IpLegalEvent> Events { get; init; } = [];

    public IpStatus Status { get; private set; }

    public DateOnly? ProtectionEndsOn { get; private set; }

    public DateOnly? NextDueOn { get; private set; }

    public DueKind? NextDueKind { get; private set; }

    public bool Commercialised { get; private set; }

    /// <summary>Title, numbers, owners, applicants and inventors folded (no case, no diacritics) for trigram search.</summary>
    public string SearchText { get; private set; } = string.Empty;

    public DateTimeOffset RegisteredAt { get; init; }

    public uint Version { get; set; }

    public TermFacts Facts => new(ObjectType, FiledOn, CreatedOn, FirstCommercialUseOn);

    public LegalState State => LegalState.Replay(Facts, Events.OrderBy(e => e.Sequence).Select(e => (e.Kind, e.On)));

    public IpOrigin? Origin => OriginTaskId is null && OriginProgrammeId is null ? null : new IpOrigin(OriginTaskId, OriginProgrammeId);

    public IReadOnlyList<string> OwnerTaxCodes => [.. Owners.Select(o => o.TaxCode).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>Starts the history with the filing itself and derives the columns.</summary>
    public void RecordFiling(string recordedBy, DateTimeOffset now)
    {
        Events.Add(new IpLegalEvent { AssetId = Id, Sequence = 1, Kind = LegalEventKind.Filed, On = FiledOn, RecordedAt = now, RecordedBy = recordedBy });
        Refresh();
    }

    /// <summary>Appends an event if it may come next; otherwise nothing changes and the refusal says why.</summary>
    public LegalEventRefusal? Record(LegalEventKind kind, DateOnly on, string? reference, string? note, DateOnly today, string recordedBy, DateTimeOffset now)
    {
        var refusal = LegalEventRules.Check(State, kind, on, today);
        if (refusal is null && kind == LegalEventKind.Granted && string.IsNullOrWhiteSpace(reference))
        {
            refusal = new LegalEventRefusal("reference", "Cần số văn bằng bảo hộ. / The grant needs the number of the protection title.");
        }
        if (refusal is not null)
        {
            return refusal;
        }
        var sequence = Events.Count == 0 ? 1 : Events.Max(e => e.Sequence) + 1;
        Events.Add(new IpLegalEvent { AssetId = Id, Sequence = sequence, Kind = kind, On = on, Reference = reference, Note = note, RecordedAt = now, RecordedBy = recordedBy });
        switch (kind)
        {
            case LegalEventKind.Published:
                (PublicationNumber, PublishedOn) = (reference ?? PublicationNumber, on);
                break;
            case LegalEventKind.Granted:
                (GrantNumber, GrantedOn) = (reference, on);
                break;
        }
        Refresh();
        return null;
    }

    /// <summary>Recomputes the derived columns from the history and the searchable text from the fields.</summary>
    public void Refresh()
    {
        var state = State;
        Status = state.Status;
        ProtectionEndsOn = state.ProtectionEndsOn;
        (NextDueOn, NextDueKind) = state.NextDue is { } due ? (due.On, due.Kind) : ((DateOnly?)null, (DueKind?)null);
        Commercialised = state.Commercialised;
        SearchText = IpSearchText.Of(this);
    }
}
