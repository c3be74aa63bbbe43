namespace StPlatform.IntellectualProperty.Assets;

/// <summary>One labelled field of a form, Vietnamese label first; its errors appear beside it.</summary>
public sealed record FormField(string Name, string Vietnamese, string English, string? Value, int MaxLength, bool Required = false, string Type = "text");
