namespace StPlatform.Dashboard.Telemetry;

public enum LogLevelName
{
    Trace,
    Debug,
    Information,
    Warning,
    Error,
    Critical,
}

public static class LogLevels
{
    public static LogLevelName FromSeverity(int severityNumber) => severityNumber switch
    {
        <= 4 => LogLevelName.Trace,
        <= 8 => LogLevelName.Debug,
        <= 12 => LogLevelName.Information,
        <= 16 => LogLevelName.Warning,
        <= 20 => LogLevelName.Error,
        _ => LogLevelName.Critical,
    };
}
