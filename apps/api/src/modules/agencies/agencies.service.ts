import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Agency, CurrentUser, Page } from '@giao-ban/shared';
import { Repository } from 'typeorm';
import { AppException } from '../../common/errors/app-exception.js';
import type { PageQueryDto } from '../../common/pagination/page-query.dto.js';
import { ownAgencyOf } from '../../common/scope/scope.js';
import { AgencyEntity } from './agency.entity.js';

function toAgency(entity: AgencyEntity): Agency {
  const { id, code, name, shortName, kind, displayOrder, active, isStandingOffice } = entity;
  return { id, code, name, shortName, kind, displayOrder, active, isStandingOffice };
}

@Injectable()
export class AgenciesService {
  constructor(@InjectRepository(AgencyEntity) private readonly agencies: Repository<AgencyEntity>) {}

  /** Committee-wide roles see every unit; an agency user sees its own unit only. */
  async listVisibleTo(user: CurrentUser, query: PageQueryDto): Promise<Page<Agency>> {
    const own = ownAgencyOf(user);
    const [rows, total] = await this.agencies.findAndCount({
      where: own ? { id: own } : {},
      order: { displayOrder: 'ASC', name: 'ASC' },
      skip: query.skip,
      take: query.pageSize,
    });
    return { items: rows.map(toAgency), total, page: query.page, pageSize: query.pageSize };
  }

  /** Another unit's id answers 404, exactly like an id that does not exist. */
  async getVisibleTo(user: CurrentUser, id: string): Promise<Agency> {
    const own = ownAgencyOf(user);
    const agency = own === null || own === id ? await this.agencies.findOneBy({ id }) : null;
    if (!agency) throw new AppException('NOT_FOUND', 'No such unit.');
    return toAgency(agency);
  }
}
