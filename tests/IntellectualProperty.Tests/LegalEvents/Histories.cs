using StPlatform.Contracts.IntellectualProperty;
using StPlatform.IntellectualProperty.LegalEvents;

namespace StPlatform.IntellectualProperty.Tests.LegalEvents;

/// <summary>Builds legal states the way an officer records them, failing loudly on a refused step.</summary>
internal static class Histories
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static LegalState Filed(IpObjectType type, DateOnly filedOn, DateOnly? createdOn = null, DateOnly? firstUse = null) =>
        LegalState.Filed(new TermFacts(type, filedOn, createdOn, firstUse));

    public static LegalState Then(this LegalState state, LegalEventKind kind, DateOnly on)
    {
        var refusal = LegalEventRules.Check(state, kind, on, Today);
        Assert.True(refusal is null, $"{kind} on {on} was refused: {refusal?.Message}");
        return state.Apply(kind, on);
    }

    /// <summary>Formality accepted, (examination requested for patents and utility solutions,) granted.</summary>
    public static LegalState Granted(IpObjectType type, DateOnly filedOn, DateOnly grantedOn, DateOnly? createdOn = null, DateOnly? firstUse = null)
    {
        var state = Filed(type, filedOn, createdOn, firstUse).Then(LegalEventKind.FormalityAccepted, filedOn.AddMonths(1));
        if (type is IpObjectType.Patent or IpObjectType.UtilitySolution)
        {
            state = state.Then(LegalEventKind.ExaminationRequested, filedOn.AddMonths(2));
        }
        return state.Then(LegalEventKind.Granted, grantedOn);
    }

    public static LegalEventRefusal? Refusal(this LegalState state, LegalEventKind kind, DateOnly on) =>
        LegalEventRules.Check(state, kind, on, Today);
}
