using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace SocialPrescribing.TestKit.Auth;

/// <summary>Whose data a request is aimed at, relative to the caller.</summary>
public enum Ownership
{
    /// <summary>The caller's own team, organisation or volunteer record.</summary>
    Own,

    /// <summary>Someone else's.</summary>
    Other,
}

/// <summary>
/// An endpoint to check. The path template may name <c>{teamId}</c>, <c>{organisationId}</c>
/// and <c>{volunteerId}</c>: each row fills them with the caller's own ids or another owner's.
/// </summary>
public sealed record MatrixOperation(HttpMethod Method, string PathTemplate, Func<HttpContent>? Body = null)
{
    public override string ToString() => $"{Method} {PathTemplate}";
}

/// <param name="Allowed">Expected outcome: allowed means anything but 401/403 (a 400 or 404 means authorisation passed).</param>
public sealed record MatrixRow(TestAccount? Account, Ownership Ownership, MatrixOperation Operation, bool Allowed)
{
    public override string ToString() =>
        $"{Operation} as {(Account?.ToString() ?? "anonymous")} on {(Ownership == Ownership.Own ? "own" : "another")} owner's data";
}

/// <summary>
/// Role × resource owner × operation → allowed or denied, run against a live service with
/// real tokens. Every mismatch is reported at once. Later issues extend a matrix with their
/// endpoints through <see cref="Expect(MatrixOperation, Func{TestAccount, Ownership, bool})"/>.
/// Every operation is also tried without a token and must get 401.
/// </summary>
/// <param name="api">Client for the service under test (its base address set).</param>
/// <param name="accessTokenFor">Gives a real access token for an account, e.g. <see cref="TokenClient.GetAccessTokenAsync"/>.</param>
public sealed class AuthorizationMatrix(HttpClient api, Func<TestAccount, CancellationToken, Task<string>> accessTokenFor)
{
    private readonly List<TestAccount> _accounts = [];
    private readonly List<MatrixRow> _rows = [];
    private readonly Dictionary<string, string> _otherOwner = [];

    public IReadOnlyList<MatrixRow> Rows => _rows;

    /// <summary>The callers: typically one account per role, with their own team/organisation/volunteer ids.</summary>
    public AuthorizationMatrix WithAccounts(params IEnumerable<TestAccount> accounts)
    {
        _accounts.AddRange(accounts);
        return this;
    }

    /// <summary>The ids used for "another owner's data": none of the accounts' own ids.</summary>
    public AuthorizationMatrix WithOtherOwner(string? teamId = null, string? organisationId = null, string? volunteerId = null)
    {
        Set("teamId", teamId);
        Set("organisationId", organisationId);
        Set("volunteerId", volunteerId);
        return this;

        void Set(string key, string? value)
        {
            if (value is not null)
            {
                _otherOwner[key] = value;
            }
        }
    }

    /// <summary>
    /// A row for every account × {own, other} (own only when the account has the id the path
    /// needs); <paramref name="allowed"/> says which are allowed, every other is expected denied.
    /// </summary>
    public AuthorizationMatrix Expect(MatrixOperation operation, Func<TestAccount, Ownership, bool> allowed)
    {
        foreach (var account in _accounts)
        {
            foreach (var ownership in new[] { Ownership.Own, Ownership.Other })
            {
                if (ownership == Ownership.Own && !HasOwnIds(account, operation))
                {
                    continue;
                }
                _rows.Add(new MatrixRow(account, ownership, operation, allowed(account, ownership)));
            }
        }
        _rows.Add(new MatrixRow(null, Ownership.Other, operation, Allowed: false));
        return this;
    }

    /// <summary>Only the given roles, on their own data, are allowed.</summary>
    public AuthorizationMatrix AllowOwnOnly(MatrixOperation operation, params string[] roles) =>
        Expect(operation, (account, ownership) => ownership == Ownership.Own && roles.Contains(account.Role));

    /// <summary>One explicit row.</summary>
    public AuthorizationMatrix Expect(TestAccount account, Ownership ownership, MatrixOperation operation, bool allowed)
    {
        _rows.Add(new MatrixRow(account, ownership, operation, allowed));
        return this;
    }

    /// <summary>Runs every row; fails listing every row whose outcome differs from the expectation.</summary>
    public async Task VerifyAsync(CancellationToken cancellationToken = default)
    {
        if (_rows.Count == 0)
        {
            throw new InvalidOperationException("The matrix has no rows: add accounts and expectations first.");
        }

        var mismatches = new List<string>();
        foreach (var row in _rows)
        {
            var status = await SendAsync(row, cancellationToken);
            var denied = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
            if ((int)status >= 500)
            {
                mismatches.Add($"{row}: server error {(int)status}");
            }
            else if (row.Allowed == denied)
            {
                mismatches.Add($"{row}: expected {(row.Allowed ? "allowed" : "denied")}, got {(int)status} {status}");
            }
        }

        if (mismatches.Count > 0)
        {
            var report = new StringBuilder($"{mismatches.Count} of {_rows.Count} authorisation expectations failed:");
            mismatches.ForEach(m => report.Append("\n  ").Append(m));
            throw new AuthorizationMatrixException(report.ToString());
        }
    }

    private async Task<HttpStatusCode> SendAsync(MatrixRow row, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(row.Operation.Method, PathFor(row)) { Content = row.Operation.Body?.Invoke() };
        if (row.Account is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await accessTokenFor(row.Account, cancellationToken));
        }
        using var response = await api.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }

    private string PathFor(MatrixRow row)
    {
        var path = row.Operation.PathTemplate;
        foreach (var key in new[] { "teamId", "organisationId", "volunteerId" })
        {
            var placeholder = "{" + key + "}";
            if (!path.Contains(placeholder, StringComparison.Ordinal))
            {
                continue;
            }
            var id = row.Ownership == Ownership.Own && row.Account is not null
                ? OwnId(row.Account, key)
                : _otherOwner.GetValueOrDefault(key) ?? throw new InvalidOperationException($"No other owner's {key}: call WithOtherOwner.");
            path = path.Replace(placeholder, Uri.EscapeDataString(id!), StringComparison.Ordinal);
        }
        return path;
    }

    private static bool HasOwnIds(TestAccount account, MatrixOperation operation) =>
        new[] { "teamId", "organisationId", "volunteerId" }
            .Where(key => operation.PathTemplate.Contains("{" + key + "}", StringComparison.Ordinal))
            .All(key => OwnId(account, key) is not null);

    private static string? OwnId(TestAccount account, string key) => key switch
    {
        "teamId" => account.TeamId,
        "organisationId" => account.OrganisationId,
        _ => account.VolunteerId,
    };
}

public sealed class AuthorizationMatrixException(string message) : Exception(message);
