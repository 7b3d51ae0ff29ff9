namespace OpenData.Web.Catalog;

/// <summary>Input that breaks a rule; <see cref="Errors"/> maps a field name to localized messages. Nothing was changed.</summary>
public sealed class ValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static ValidationException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>The caller may not do this. Nothing was changed.</summary>
public sealed class NotAuthorizedException(string message) : Exception(message);

/// <summary>The thing asked for does not exist, or the caller may not know that it exists.</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>Someone else changed the record since the caller read it.</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message);

/// <summary>Collects field errors and throws them together.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
    }

    public bool Any => _errors.Count > 0;

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new ValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}
