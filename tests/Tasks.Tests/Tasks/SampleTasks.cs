using StPlatform.Tasks.Tasks;
using StPlatform.TestSupport;

namespace StPlatform.Tasks.Tests.Tasks;

/// <summary>Valid tasks with titles no other test uses.</summary>
internal static class SampleTasks
{
    public static string UniqueTitle() => $"Xây dựng cơ sở dữ liệu sáng chế của thành phố {Unique.Suffix()}";

    public static TaskItem Entity(string title, DateTimeOffset createdAt) => new()
    {
        Title = title,
        LeadUnitCodes = ["SKHCN"],
        CoordinatingUnitCodes = ["STC", "SNN"],
        CreatedAt = createdAt,
    };
}
