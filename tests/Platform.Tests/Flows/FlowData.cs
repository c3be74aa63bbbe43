namespace StPlatform.Platform.Tests.Flows;

/// <summary>Records the flows create: numbers and tax codes no other test run uses.</summary>
internal static class FlowData
{
    public static string PlanNumber() => $"{Random.Shared.Next(10_000, 99_999)}/KH-UBND";

    public static string TaxCode() => $"02{Random.Shared.Next(10_000_000, 99_999_999)}";

    public static string ApplicationNumber() => $"1-2026-{Random.Shared.Next(10_000, 99_999)}";
}
