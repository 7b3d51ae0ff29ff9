using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenData.Dcat.Model;
using OpenData.Web.Storage;

namespace OpenData.Web.Catalog;

public sealed record OrganizationInput
{
    public string? Name { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Parent { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Address { get; init; }
    public string? Website { get; init; }
    public string? ImageUrl { get; init; }
}

public sealed record OrganizationSummary(Organization Organization, int DatasetCount);

public sealed record MemberView(Guid UserId, string UserName, string DisplayName, OrganizationRole Role);

/// <summary>The organization actions (CKAN's organization_* and member_*).</summary>
public sealed class OrganizationActions(CatalogDbContext db, IStringLocalizer<SharedResource> l, TimeProvider clock)
{
    public static Organization ToModel(OrganizationRow row) => new()
    {
        Id = row.Id,
        Name = row.Name,
        Title = row.Title,
        Description = row.Description,
        ParentId = row.ParentId,
        Email = row.Email,
        Phone = row.Phone,
        Address = row.Address,
        Website = row.Website,
        ImageUrl = row.ImageUrl,
        IsDeleted = row.IsDeleted,
        Created = row.Created,
        Modified = row.Modified,
    };

    /// <summary>Organizations with the number of datasets the actor can see in each.</summary>
    public async Task<IReadOnlyList<OrganizationSummary>> ListAsync(Actor actor, CancellationToken ct)
    {
        var organizations = await db.Organizations.AsNoTracking().Where(o => !o.IsDeleted).OrderBy(o => o.Title).ToListAsync(ct);
        var counts = await db.Datasets.AsNoTracking().VisibleTo(actor).GroupBy(d => d.OrganizationId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return organizations.Select(o => new OrganizationSummary(ToModel(o), counts.GetValueOrDefault(o.Id))).ToList();
    }

    public async Task<Organization> ShowAsync(string nameOrId, CancellationToken ct)
    {
        var row = await FindAsync(nameOrId, ct) ?? throw new NotFoundException(l["Organization.NotFound"]);
        return ToModel(row);
    }

    public async Task<Organization> CreateAsync(Actor actor, OrganizationInput input, CancellationToken ct)
    {
        if (!CatalogAuthorization.CanCreateOrganization(actor))
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
        var now = clock.GetUtcNow();
        var row = new OrganizationRow { Id = Guid.NewGuid(), Name = "", Title = "", Created = now, Modified = now };
        await ApplyAsync(row, input, ct);
        db.Organizations.Add(row);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return ToModel(row);
    }

    public async Task<Organization> UpdateAsync(Actor actor, string nameOrId, OrganizationInput input, CancellationToken ct)
    {
        var row = await FindAsync(nameOrId, ct, tracking: true) ?? throw new NotFoundException(l["Organization.NotFound"]);
        if (!CatalogAuthorization.CanEditOrganization(actor, row.Id))
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
        if (input.Name is not null && input.Name != row.Name && !actor.IsSysAdmin)
        {
            // Renaming changes every dataset's publisher link; CKAN leaves that to system admins too.
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
        await ApplyAsync(row, input with { Name = input.Name ?? row.Name }, ct);
        row.Modified = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return ToModel(row);
    }

    /// <summary>Soft delete; refused while the organization still publishes datasets.</summary>
    public async Task DeleteAsync(Actor actor, string nameOrId, CancellationToken ct)
    {
        if (!CatalogAuthorization.CanCreateOrganization(actor))
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
        var row = await FindAsync(nameOrId, ct, tracking: true) ?? throw new NotFoundException(l["Organization.NotFound"]);
        var deleted = nameof(DatasetState.Deleted);
        if (await db.Datasets.AnyAsync(d => d.OrganizationId == row.Id && d.State != deleted, ct))
        {
            throw ValidationException.For("name", l["Organization.HasDatasets"]);
        }
        row.IsDeleted = true;
        row.Modified = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    public async Task<IReadOnlyList<MemberView>> MembersAsync(Actor actor, string nameOrId, CancellationToken ct)
    {
        var organization = await FindAsync(nameOrId, ct) ?? throw new NotFoundException(l["Organization.NotFound"]);
        if (!actor.IsSysAdmin && actor.RoleIn(organization.Id) is null)
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
        var rows = await (from m in db.Memberships
                          join u in db.Users on m.UserId equals u.Id
                          where m.OrganizationId == organization.Id
                          orderby u.UserName
                          select new { u.Id, u.UserName, u.DisplayName, m.Role }).ToListAsync(ct);
        return rows.Select(r => new MemberView(r.Id, r.UserName, r.DisplayName, Enum.Parse<OrganizationRole>(r.Role))).ToList();
    }

    /// <summary>Adds a user to the organization or changes their role (CKAN organization_member_create).</summary>
    public async Task SetMemberAsync(Actor actor, string organizationNameOrId, string userNameOrEmail, OrganizationRole role, CancellationToken ct)
    {
        var organization = await FindAsync(organizationNameOrId, ct) ?? throw new NotFoundException(l["Organization.NotFound"]);
        if (!CatalogAuthorization.CanManageMembers(actor, organization.Id))
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
        var key = userNameOrEmail.Trim().ToLowerInvariant();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == key || u.Email == key, ct)
            ?? throw ValidationException.For("username", l["User.NotFound"]);
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.UserId == user.Id && m.OrganizationId == organization.Id, ct);
        if (membership is null)
        {
            db.Memberships.Add(new MembershipRow { UserId = user.Id, OrganizationId = organization.Id, Role = role.ToString() });
        }
        else
        {
            membership.Role = role.ToString();
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    public async Task RemoveMemberAsync(Actor actor, string organizationNameOrId, Guid userId, CancellationToken ct)
    {
        var organization = await FindAsync(organizationNameOrId, ct) ?? throw new NotFoundException(l["Organization.NotFound"]);
        if (!CatalogAuthorization.CanManageMembers(actor, organization.Id))
        {
            throw new NotAuthorizedException(l["Auth.NotAllowed"]);
        }
        await db.Memberships.Where(m => m.UserId == userId && m.OrganizationId == organization.Id).ExecuteDeleteAsync(ct);
    }

    private async Task ApplyAsync(OrganizationRow row, OrganizationInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var name = CatalogRules.Clean(input.Name)?.ToLowerInvariant();
        CatalogRules.RequireName(errors, l, "name", name);
        if (name is not null && await db.Organizations.AnyAsync(o => o.Name == name && o.Id != row.Id, ct))
        {
            errors.Add("name", l["Validation.NameTaken"]);
        }
        var title = CatalogRules.Clean(input.Title);
        if (title is null)
        {
            errors.Add("title", l["Validation.Required"]);
        }
        var email = CatalogRules.Clean(input.Email);
        if (email is not null && !CatalogRules.IsValidEmail(email))
        {
            errors.Add("email", l["Validation.Email"]);
        }
        var website = CatalogRules.Clean(input.Website);
        if (website is not null && !CatalogRules.IsValidWebUrl(website))
        {
            errors.Add("website", l["Validation.Url"]);
        }
        var image = CatalogRules.Clean(input.ImageUrl);
        if (image is not null && !CatalogRules.IsValidWebUrl(image))
        {
            errors.Add("image_url", l["Validation.Url"]);
        }
        Guid? parentId = null;
        if (CatalogRules.Clean(input.Parent) is { } parentName)
        {
            var parent = await FindAsync(parentName, ct);
            if (parent is null || parent.Id == row.Id)
            {
                errors.Add("parent", l["Validation.UnknownOrganization"]);
            }
            parentId = parent?.Id;
        }
        errors.ThrowIfAny();
        row.Name = name!;
        row.Title = title!;
        row.Description = input.Description?.Trim() ?? "";
        row.ParentId = parentId;
        row.Email = email;
        row.Phone = CatalogRules.Clean(input.Phone);
        row.Address = CatalogRules.Clean(input.Address);
        row.Website = website;
        row.ImageUrl = image;
    }

    private Task<OrganizationRow?> FindAsync(string nameOrId, CancellationToken ct, bool tracking = false)
    {
        var query = tracking ? db.Organizations : db.Organizations.AsNoTracking();
        query = query.Where(o => !o.IsDeleted);
        if (Guid.TryParse(nameOrId, out var id))
        {
            return query.FirstOrDefaultAsync(o => o.Id == id, ct);
        }
        var name = nameOrId.Trim().ToLowerInvariant();
        return query.FirstOrDefaultAsync(o => o.Name == name, ct);
    }
}
