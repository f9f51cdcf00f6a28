import { Button, Drawer, Grid, Layout, Menu, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { BrandMark } from '@/components/brand-mark';
import { LanguageSwitch } from '@/components/language-switch';
import { paths } from '@/config/paths';
import { HEADER_ACCENT, HEADER_BACKGROUND, TEXT_SECONDARY } from './theme';
import { useAccessibleTables } from './use-accessible-tables';
import './accessibility.css';

export interface NavItem {
  key: string;
  label: string;
  href: string;
}

export interface ShellUser {
  fullName: string;
  roleLabel: string;
  agencyName?: string | null;
}

export interface AppShellProps {
  user: ShellUser;
  navItems: NavItem[];
  activeKey?: string;
  onLogout: () => void;
  loggingOut?: boolean;
  /** Shown in the header band beside the language switch, on every page (the notification bell). */
  headerExtra?: ReactNode;
  children: ReactNode;
}

function MenuIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d="M2 4h16M2 10h16M2 16h16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/**
 * Who is signed in. In the header band (inverse) each line keeps to one line and is cut only when
 * the band has no room left (a narrow desktop), the whole of it then on hover; in the phone's menu
 * the lines wrap, so the full name and unit are always there to read.
 */
function UserSummary({ user, inverse }: { user: ShellUser; inverse?: boolean }) {
  const color = inverse ? '#fff' : undefined;
  const subtitle = user.agencyName ? `${user.roleLabel} · ${user.agencyName}` : user.roleLabel;
  const line = inverse ? ({ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const) : undefined;
  return (
    <div style={{ lineHeight: 1.3, minWidth: 0 }} data-testid="current-user" title={inverse ? `${user.fullName}\n${subtitle}` : undefined}>
      <div style={{ fontWeight: 600, color, ...line }}>{user.fullName}</div>
      <div style={{ fontSize: 12, color: inverse ? 'rgba(255,255,255,0.85)' : TEXT_SECONDARY, ...line }}>{subtitle}</div>
    </div>
  );
}

/**
 * The signed-in frame: red header band with the product name, the user and the language switch;
 * a side menu on wide screens that folds into a drawer on a phone.
 */
export function AppShell({ user, navItems, activeKey, onLogout, loggingOut, headerExtra, children }: AppShellProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const isWide = Boolean(screens.md);
  const [drawerOpen, setDrawerOpen] = useState(false);
  useAccessibleTables(t('common.scrollableTable'));

  const menuItems = navItems.map((item) => ({ key: item.key, label: <Link to={item.href}>{item.label}</Link> }));
  const onMenuClick = ({ key }: { key: string }) => {
    const target = navItems.find((item) => item.key === key);
    setDrawerOpen(false);
    if (target) void navigate(target.href);
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          background: HEADER_BACKGROUND,
          borderBottom: `3px solid ${HEADER_ACCENT}`,
          display: 'flex',
          alignItems: 'center',
          gap: isWide ? 16 : 8,
          paddingInline: isWide ? 24 : 8,
          height: 64,
          lineHeight: 'normal',
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        {!isWide && (
          <Button
            type="text"
            aria-label={t('nav.openMenu')}
            aria-expanded={drawerOpen}
            icon={<MenuIcon />}
            onClick={() => setDrawerOpen(true)}
            style={{ color: '#fff' }}
          />
        )}
        <Link
          to={paths.home.getHref()}
          style={{ display: 'flex', alignItems: 'center', gap: 10, color: '#fff', minWidth: 0 }}
        >
          <BrandMark size={isWide ? 40 : 32} />
          <span style={{ display: 'flex', flexDirection: 'column', minWidth: 0 }}>
            <span style={{ fontWeight: 700, fontSize: 20, letterSpacing: 0.3 }}>{t('app.name')}</span>
            {isWide && (
              <span style={{ fontSize: 12, color: 'rgba(255,255,255,0.85)', whiteSpace: 'nowrap' }}>
                {t('app.committee')}
              </span>
            )}
          </span>
        </Link>
        <div style={{ flex: 1 }} />
        {headerExtra}
        <LanguageSwitch size="small" />
        {isWide && (
          <>
            {/* As wide as the name needs: the space before the bell gives way first. */}
            <div style={{ flex: '0 1 auto', minWidth: 0 }}>
              <UserSummary user={user} inverse />
            </div>
            <Button ghost onClick={onLogout} loading={loggingOut}>
              {t('auth.logout')}
            </Button>
          </>
        )}
      </Layout.Header>
      <Layout>
        {isWide && (
          <Layout.Sider width={220} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
            <nav aria-label={t('nav.menu')}>
              <Menu
                mode="inline"
                selectedKeys={activeKey ? [activeKey] : []}
                items={menuItems}
                onClick={onMenuClick}
                style={{ borderInlineEnd: 'none', paddingTop: 8 }}
              />
            </nav>
          </Layout.Sider>
        )}
        {/* antd's Content is the page's one <main> landmark. */}
        <Layout.Content style={{ padding: isWide ? 24 : 12 }}>
          <div style={{ maxWidth: 1200, margin: '0 auto' }}>{children}</div>
        </Layout.Content>
      </Layout>
      <Layout.Footer style={{ textAlign: 'center', fontSize: 12, color: TEXT_SECONDARY, padding: '12px 16px' }}>
        {t('app.footer')}
      </Layout.Footer>
      {!isWide && (
        <Drawer
          open={drawerOpen}
          placement="left"
          size={280}
          title={t('app.name')}
          onClose={() => setDrawerOpen(false)}
          styles={{ body: { padding: 0, display: 'flex', flexDirection: 'column' } }}
        >
          <div style={{ padding: 16, borderBottom: '1px solid #f0f0f0' }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('nav.account')}
            </Typography.Text>
            <UserSummary user={user} />
          </div>
          <nav aria-label={t('nav.menu')} style={{ flex: 1 }}>
            <Menu
              mode="inline"
              selectedKeys={activeKey ? [activeKey] : []}
              items={menuItems}
              onClick={onMenuClick}
              style={{ borderInlineEnd: 'none' }}
            />
          </nav>
          <div style={{ padding: 16 }}>
            <Button block danger onClick={onLogout} loading={loggingOut}>
              {t('auth.logout')}
            </Button>
          </div>
        </Drawer>
      )}
    </Layout>
  );
}
