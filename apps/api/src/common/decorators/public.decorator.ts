import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'giaoBan:isPublic';

/** Opens a route to requests without a session. Every other route needs one (the global guard). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
