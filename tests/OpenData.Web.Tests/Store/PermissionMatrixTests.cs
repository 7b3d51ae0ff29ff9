using OpenData.Web.Catalog;
using OpenData.Web.Tests.Infrastructure;

namespace OpenData.Web.Tests.Store;

/// <summary>
/// Each role against each action, through the actions that pages, APIs and the CLI all call: a role can do
/// exactly what it should, on SQLite and on PostgreSQL.
/// </summary>
public abstract class PermissionMatrixTests<TPortal>(TPortal portal) where TPortal : PortalFactory
{
    public enum Role
    {
        Anonymous,
        Member,
        Editor,
        OrganizationAdmin,
        EditorOfAnotherOrganization,
        SystemAdmin,
    }

    public enum Operation
    {
        ReadPublicDataset,
        ReadPrivateDataset,
        ReadDraftDataset,
        CreateDataset,
        EditDataset,
        AddResource,
        DeleteDataset,
        RestoreDeletedDataset,
        ManageMembers,
        EditOrganization,
        CreateOrganization,
        ReadErrorReports,
    }

    // Rows: operations; columns: Anonymous, Member, Editor, OrganizationAdmin, EditorOfAnotherOrganization, SystemAdmin.
    private static readonly Dictionary<Operation, bool[]> Expected = new()
    {
        [Operation.ReadPublicDataset] = [true, true, true, true, true, true],
        [Operation.ReadPrivateDataset] = [false, true, true, true, false, true],
        [Operation.ReadDraftDataset] = [false, true, true, true, false, true],
        [Operation.CreateDataset] = [false, false, true, true, false, true],
        [Operation.EditDataset] = [false, false, true, true, false, true],
        [Operation.AddResource] = [false, false, true, true, false, true],
        [Operation.DeleteDataset] = [false, false, true, true, false, true],
        [Operation.RestoreDeletedDataset] = [false, false, false, false, false, true],
        [Operation.ManageMembers] = [false, false, false, true, false, true],
        [Operation.EditOrganization] = [false, false, false, true, false, true],
        [Operation.CreateOrganization] = [false, false, false, false, false, true],
        [Operation.ReadErrorReports] = [false, false, true, true, false, true],
    };

    public static TheoryData<Role, Operation> Cases()
    {
        var data = new TheoryData<Role, Operation>();
        foreach (var operation in Enum.GetValues<Operation>())
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                data.Add(role, operation);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_can_do_exactly_what_it_should(Role role, Operation operation)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var org = "org-" + suffix;
        var other = "other-" + suffix;
        await portal.CreateOrganizationAsync(org, "Sở Y tế");
        await portal.CreateOrganizationAsync(other, "Sở Tài chính");
        var actor = role switch
        {
            Role.Anonymous => Actor.Anonymous,
            Role.Member => await UserAsync("member", org, OrganizationRole.Member),
            Role.Editor => await UserAsync("editor", org, OrganizationRole.Editor),
            Role.OrganizationAdmin => await UserAsync("orgadmin", org, OrganizationRole.Admin),
            Role.EditorOfAnotherOrganization => await UserAsync("outsider", other, OrganizationRole.Editor),
            _ => await UserAsync("sysadmin", null, OrganizationRole.Member, sysAdmin: true),
        };
        var dataset = "ds-" + suffix;
        await portal.Act((s, ct) => s.Service<DatasetActions>().CreateAsync(Actor.System,
            Catalogs.Dataset(dataset, org) with { IsPrivate = operation == Operation.ReadPrivateDataset, IsDraft = operation == Operation.ReadDraftDataset }, ct));
        if (operation == Operation.RestoreDeletedDataset)
        {
            await portal.Act((s, ct) => s.Service<DatasetActions>().DeleteAsync(Actor.System, dataset, ct));
        }

        var allowed = await AttemptAsync(operation, actor, org, dataset);

        var column = (int)role;
        Assert.Equal(Expected[operation][column], allowed);
    }

    private async Task<Actor> UserAsync(string prefix, string? org, OrganizationRole role, bool sysAdmin = false)
    {
        var (name, _) = await portal.CreateUserAsync($"{prefix}-{Guid.NewGuid().ToString("N")[..8]}", sysAdmin, org, role);
        return await portal.ActorAsync(name);
    }

    private static async Task RunAsync(IServiceProvider s, Operation operation, Actor actor, string org, string dataset, CancellationToken ct)
    {
        switch (operation)
        {
            case Operation.ReadPublicDataset or Operation.ReadPrivateDataset or Operation.ReadDraftDataset:
                await s.Service<DatasetActions>().ShowAsync(actor, dataset, ct);
                break;
            case Operation.CreateDataset:
                await s.Service<DatasetActions>().CreateAsync(actor, Catalogs.Dataset(dataset + "-new", org), ct);
                break;
            case Operation.EditDataset:
                await s.Service<DatasetActions>().UpdateAsync(actor, dataset, Catalogs.Dataset(dataset, org, "Tiêu đề mới"), null, null, ct);
                break;
            case Operation.AddResource:
                await s.Service<ResourceActions>().CreateAsync(actor, dataset, new ResourceInput { Title = "Liên kết", Url = "https://quangngai.gov.vn/du-lieu.csv" }, ct);
                break;
            case Operation.DeleteDataset:
                await s.Service<DatasetActions>().DeleteAsync(actor, dataset, ct);
                break;
            case Operation.RestoreDeletedDataset:
                await s.Service<DatasetActions>().RestoreAsync(actor, dataset, ct);
                break;
            case Operation.ManageMembers:
                await s.Service<OrganizationActions>().SetMemberAsync(actor, org, "khong-ton-tai", OrganizationRole.Member, ct);
                break;
            case Operation.EditOrganization:
                await s.Service<OrganizationActions>().UpdateAsync(actor, org, new OrganizationInput { Title = "Tên mới" }, ct);
                break;
            case Operation.CreateOrganization:
                await s.Service<OrganizationActions>().CreateAsync(actor, new OrganizationInput { Name = org + "-moi", Title = "Tổ chức mới" }, ct);
                break;
            case Operation.ReadErrorReports:
                var organization = await s.Service<OrganizationActions>().ShowAsync(org, ct);
                await s.Service<ErrorReports.ErrorReportActions>().ForOrganizationAsync(actor, organization.Id, ct);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(operation));
        }
    }

    private async Task<bool> AttemptAsync(Operation operation, Actor actor, string org, string dataset)
    {
        try
        {
            await portal.Act((s, ct) => RunAsync(s, operation, actor, org, dataset, ct));
            return true;
        }
        catch (Exception e) when (e is NotAuthorizedException or NotFoundException)
        {
            return false;
        }
        catch (ValidationException e) when (e.Errors.ContainsKey("username"))
        {
            // Allowed past the permission check: the member to add simply does not exist.
            return true;
        }
    }
}

public sealed class SqlitePermissionMatrixTests(EmptySqlitePortal portal) : PermissionMatrixTests<EmptySqlitePortal>(portal), IClassFixture<EmptySqlitePortal>;

public sealed class PostgresPermissionMatrixTests(EmptyPostgresPortal portal) : PermissionMatrixTests<EmptyPostgresPortal>(portal), IClassFixture<EmptyPostgresPortal>;
