import { Flex, Spin } from 'antd';

export function FullPageSpinner({ label }: { label?: string }) {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Spin size="large" description={label} aria-label={label} />
    </Flex>
  );
}

export function ContentSpinner({ label }: { label?: string }) {
  return (
    <Flex align="center" justify="center" style={{ padding: 48 }} role="status" aria-live="polite">
      <Spin description={label} />
    </Flex>
  );
}
