using StPlatform.Programmes.Documents;
using StPlatform.ServiceDefaults;

namespace StPlatform.Programmes.Indicators;

/// <summary>A target indicator to add to a document: "TFP contribution, %, atLeast, 2020: 35, targets 2025: 40, 2030: 45".</summary>
public sealed record IndicatorRequest(
    string? Name,
    string? Unit,
    string? Direction,
    int? BaselineYear,
    decimal? BaselineValue,
    IReadOnlyList<TargetRequest?>? Targets,
    string? Measure = null)
{
    public const int MaxTargets = 20;
    public const decimal MaxValue = 1_000_000_000_000m;

    public TargetIndicator ToIndicator(Guid documentId, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var indicator = new TargetIndicator
        {
            DocumentId = documentId,
            Name = errors.Text("name", Name, TargetIndicator.NameMaxLength),
            Unit = errors.Text("unit", Unit, TargetIndicator.UnitMaxLength),
            Direction = errors.Choice<IndicatorDirection>("direction", Direction),
            BaselineYear = errors.Required("baselineYear", BaselineYear),
            BaselineValue = errors.Required("baselineValue", BaselineValue),
            Measure = string.IsNullOrWhiteSpace(Measure) ? IndicatorMeasure.Manual : errors.Choice<IndicatorMeasure>("measure", Measure),
        };
        if (BaselineYear is not null)
        {
            errors.Range("baselineYear", indicator.BaselineYear, ProgrammeDocumentRequest.MinYear, ProgrammeDocumentRequest.MaxYear);
        }
        errors.Amount("baselineValue", BaselineValue);
        var targets = Targets ?? [];
        if (targets.Count is 0 or > MaxTargets)
        {
            errors.Add("targets", $"Từ 1 đến {MaxTargets} mốc chỉ tiêu. / Between 1 and {MaxTargets} targets.");
        }
        for (var i = 0; i < Math.Min(targets.Count, MaxTargets); i++)
        {
            var target = targets[i];
            var year = errors.Required($"targets[{i}].year", target?.Year);
            var value = errors.Required($"targets[{i}].value", target?.Value);
            errors.Amount($"targets[{i}].value", target?.Value);
            if (target?.Year is not null && BaselineYear is not null)
            {
                errors.Range($"targets[{i}].year", year, indicator.BaselineYear + 1, ProgrammeDocumentRequest.MaxYear);
            }
            if (indicator.Targets.Any(t => t.Year == year))
            {
                errors.Add($"targets[{i}].year", "Mỗi năm một mốc. / One target per year.");
            }
            indicator.Targets.Add(new IndicatorTarget { IndicatorId = indicator.Id, Year = year, Value = value });
        }
        return indicator;
    }
}

public sealed record TargetRequest(int? Year, decimal? Value);

/// <summary>A value read from a report for a year: "38.2 (%) in 2023, from Báo cáo số 73/BC-SKHCN".</summary>
public sealed record MeasurementRequest(int? Year, decimal? Value, string? Source)
{
    public Measurement ToMeasurement(Guid indicatorId, string by, DateTimeOffset at, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var measurement = new Measurement
        {
            IndicatorId = indicatorId,
            Year = errors.Required("year", Year),
            Value = errors.Required("value", Value),
            Source = errors.Text("source", Source, Measurement.SourceMaxLength),
            RecordedAt = at,
            RecordedBy = by,
        };
        if (Year is not null)
        {
            errors.Range("year", measurement.Year, ProgrammeDocumentRequest.MinYear, ProgrammeDocumentRequest.MaxYear);
        }
        errors.Amount("value", Value);
        return measurement;
    }
}

internal static class AmountValidation
{
    /// <summary>Values fit numeric(18,4): no overflow reaches the database as a 500.</summary>
    public static void Amount(this ValidationErrors errors, string field, decimal? value)
    {
        if (value is { } v && Math.Abs(v) >= IndicatorRequest.MaxValue)
        {
            errors.Add(field, "Giá trị quá lớn. / The value is too large.");
        }
    }
}
